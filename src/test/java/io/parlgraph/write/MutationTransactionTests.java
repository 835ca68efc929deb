package io.parlgraph.write;

import java.util.List;

import io.parlgraph.event.Event;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.write.UserError.Code;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write whose row another writer changed after it was read is a conflict, not a
 * failure.
 */
@WriteTest
class MutationTransactionTests {

	@Autowired
	private MutationTransaction writes;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SearchIndex searchIndex;

	@ParameterizedTest(name = "found when flushed {0}")
	@ValueSource(strings = { "inside the write", "at commit" })
	void aRowChangedBetweenReadingAndWritingItIsAConflict(String when) {
		long id = this.jdbc.sql("select id from event where slug = '44-day-war'").query(Long.class).single();
		String before = description(id);

		Payload<Event> payload = this.writes.run(errors -> {
			Event event = this.entityManager.find(Event.class, id);
			// what another writer's committed update does to the row meanwhile
			this.jdbc.sql("update event set version = version + 1 where id = ?").param(id).update();
			event.update(new Event(event.getSlug(), event.getKind(), event.getName(), "Changed.", event.getStartDate(),
					event.getEndDate(), event.getCity(), event.getCountry(), event.getOrganizerId()));
			if (when.equals("inside the write")) {
				this.searchIndex.reindex(SearchableType.EVENT, List.of(id));
			}
			return event;
		});

		assertThat(payload.userErrors()).extracting(UserError::code).containsExactly(Code.CONFLICT);
		assertThat(description(id)).isEqualTo(before);
	}

	private String description(long id) {
		return this.jdbc.sql("select description from event where id = ?").param(id).query(String.class).single();
	}

}
