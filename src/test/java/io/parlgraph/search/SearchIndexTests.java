package io.parlgraph.search;

import java.time.LocalDate;
import java.util.List;

import io.parlgraph.quote.Quote;
import io.parlgraph.quote.QuoteKind;
import io.parlgraph.quote.QuoteMedium;
import io.parlgraph.quote.QuoteRepository;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerName;
import io.parlgraph.speaker.SpeakerNameRepository;
import io.parlgraph.speaker.SpeakerRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What writers of searchable rows call, and what start-up catches up with. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:search-index;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class SearchIndexTests {

	@Autowired
	private SearchIndex index;

	@Autowired
	private QuoteRepository quotes;

	@Autowired
	private SpeakerRepository speakers;

	@Autowired
	private SpeakerNameRepository names;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private HttpGraphQlTester graphQl;

	private final TransactionTemplate transaction;

	SearchIndexTests(@Autowired PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Test
	void newRowIsFoundOnceItsWriterIndexesItInTheSameTransaction() {
		long quote = this.transaction.execute(status -> {
			Quote saved = this.quotes.save(quote("zangilan-airport", "Zəngilan hava limanı açıldı."));
			this.index.index(SearchableType.QUOTE, List.of(saved.getId()));
			return saved.getId();
		});

		assertThat(found("zengilan")).containsExactly("zangilan-airport");
		assertThat(found("Zəngilan hava")).containsExactly("zangilan-airport");
		assertThat(documents(quote)).isEqualTo(1);
	}

	@Test
	void reindexFollowsChangesAndDeletions() {
		long quote = this.transaction.execute(status -> {
			Quote saved = this.quotes.save(quote("fuzuli-quote", "Füzuli hava limanı"));
			this.index.index(SearchableType.QUOTE, List.of(saved.getId()));
			return saved.getId();
		});
		assertThat(found("fuzuli")).containsExactly("fuzuli-quote");

		this.transaction.executeWithoutResult(status -> {
			this.jdbc.sql("update quote set content = 'Laçın dəhlizi' where id = ?").param(quote).update();
			this.index.reindex(SearchableType.QUOTE, List.of(quote));
		});
		assertThat(found("fuzuli")).isEmpty();
		assertThat(found("lacin")).containsExactly("fuzuli-quote");

		this.transaction.executeWithoutResult(status -> {
			this.jdbc.sql("delete from quote where id = ?").param(quote).update();
			this.index.reindex(SearchableType.QUOTE, List.of(quote));
		});
		assertThat(found("lacin")).isEmpty();
		assertThat(documents(quote)).isZero();
	}

	@Test
	void catchUpIndexesRowsWrittenWithoutTheIndexAndDropsDocumentsOfRowsGone() {
		Speaker speaker = this.speakers.save(new Speaker("ulviyya-test", "Ülviyyə Rəhimli", "AZ"));
		this.names.save(new SpeakerName(speaker.getId(), "en", "Ulviyya Rahimli"));
		long gone = this.transaction.execute(status -> {
			Quote saved = this.quotes.save(quote("gone-quote", "Xankəndi"));
			this.index.index(SearchableType.QUOTE, List.of(saved.getId()));
			return saved.getId();
		});
		this.jdbc.sql("delete from quote where id = ?").param(gone).update();
		assertThat(found("rahimli")).isEmpty();

		assertThat(this.index.indexMissing()).isEqualTo(1);

		assertThat(found("rahimli")).containsExactly("ulviyya-test");
		assertThat(found("Ülviyyə")).containsExactly("ulviyya-test");
		assertThat(documents(gone)).isZero();
		assertThat(this.index.indexMissing()).isZero();
	}

	@Test
	void indexingARowThatHasADocumentBreaksTheUniqueConstraint() {
		long quote = this.transaction.execute(status -> {
			Quote saved = this.quotes.save(quote("twice", "Twice"));
			this.index.index(SearchableType.QUOTE, List.of(saved.getId()));
			return saved.getId();
		});

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.index.index(SearchableType.QUOTE, List.of(quote)));
	}

	private Quote quote(String slug, String text) {
		long speaker = this.speakers.findBySlug("sahiba-gafarova").orElseThrow().getId();
		return new Quote(slug, speaker, text, "az", QuoteKind.DIRECT, QuoteMedium.STATEMENT, LocalDate.of(2024, 1, 1),
				null, null);
	}

	private List<String> found(String query) {
		// language=GraphQL
		String document = """
				query find($query: String!) {
				  search(query: $query, types: [QUOTE, SPEAKER]) { edges { node {
				    ... on Quote { slug } ... on Speaker { slug } } } }
				}
				""";
		return this.graphQl.document(document)
			.variable("query", query)
			.execute()
			.path("search.edges[*].node.slug")
			.entityList(String.class)
			.get();
	}

	private long documents(long quote) {
		return this.jdbc.sql("select count(*) from search_document where entity_type = 'QUOTE' and entity_id = ?")
			.param(quote)
			.query(Long.class)
			.single();
	}

}
