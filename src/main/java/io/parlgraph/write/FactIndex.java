package io.parlgraph.write;

/**
 * Keeps written facts findable by {@code search}: {@link FactWrites} calls it in the
 * write's transaction, after saving. The search feature provides one per searchable type.
 */
public interface FactIndex {

	/** For facts that search does not find. */
	FactIndex NONE = new FactIndex() {

		@Override
		public void indexNew(long id) {
		}

		@Override
		public void reindex(long id) {
		}

	};

	/** Indexes a fact just created. */
	void indexNew(long id);

	/** Indexes a changed fact anew. */
	void reindex(long id);

}
