package io.parlgraph.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the server takes requests, indexes the searchable rows that have no
 * search document yet: all of them in a database the index was added to, none on an
 * ordinary restart.
 */
@Component
class SearchIndexCatchUp implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexCatchUp.class);

	private final SearchIndex index;

	SearchIndexCatchUp(SearchIndex index) {
		this.index = index;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			int indexed = this.index.indexMissing();
			if (indexed > 0) {
				logger.info("Search index: indexed {} row(s) that had no document", indexed);
			}
		}
		catch (DataIntegrityViolationException ex) {
			// another instance, starting at the same time, indexed the same rows first
			logger.info("Search index: another instance is indexing the same rows ({})",
					ex.getMostSpecificCause().getMessage());
		}
	}

}
