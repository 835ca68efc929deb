package io.parlgraph.synthetic;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The synthetic data of size S, loaded at start-up into an embedded database beside the
 * seed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.datasource.url=jdbc:h2:mem:synthetic;DB_CLOSE_DELAY=-1", "parlgraph.synthetic.size=S" })
class SyntheticDataTests {

	@Autowired
	private SyntheticDataLoader loader;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void sameSizeAlwaysGivesTheSameRecords() {
		SyntheticData one = new SyntheticData(Size.M);
		SyntheticData other = new SyntheticData(Size.M);
		List<Integer> sample = IntStream.iterate(0, i -> i < Size.M.records(), i -> i + 997).boxed().toList();

		assertSame(sample, one::quote, other::quote);
		assertSame(sample, one::article, other::article);
		assertSame(sample.stream().filter(i -> i < one.visits).toList(), one::visit, other::visit);
		assertSame(sample.stream().filter(i -> i < one.visits).toList(), one::meeting, other::meeting);
		assertSame(sample.stream().filter(i -> i < one.protocols).toList(), one::protocol, other::protocol);
		assertSame(sample.stream().filter(i -> i < one.events).toList(), one::event, other::event);
		assertSame(IntStream.range(0, one.speakers()).boxed().toList(), one::speaker, other::speaker);
		assertSame(IntStream.range(0, one.parliaments).boxed().toList(), one::parliament, other::parliament);
	}

	@Test
	void sizesKeepTheirProportions() {
		for (Size size : Size.values()) {
			SyntheticData data = new SyntheticData(size);
			assertThat(data.parliaments).isEqualTo(Math.max(20, size.records() / 500));
			assertThat(data.speakers()).isEqualTo(3 * data.parliaments);
			assertThat(data.events).isEqualTo(size.records() / 50);
			assertThat(data.visits).isEqualTo(size.records() / 10);
			assertThat(data.protocols).isEqualTo(size.records() / 20);
		}
	}

	@Test
	void everyRecordIsLoadedBesideTheSeed() {
		SyntheticData data = new SyntheticData(Size.S);

		assertThat(synthetic("quote")).isEqualTo(data.records());
		assertThat(synthetic("article")).isEqualTo(data.records());
		assertThat(synthetic("parliament")).isEqualTo(data.parliaments);
		assertThat(synthetic("speaker")).isEqualTo(data.speakers());
		assertThat(synthetic("event")).isEqualTo(data.events);
		assertThat(synthetic("visit")).isEqualTo(data.visits);
		assertThat(synthetic("meeting")).isEqualTo(data.visits);
		assertThat(count("select count(*) from meeting_participant p join meeting m on m.id = p.meeting_id"
				+ " where m.slug like 'syn-%'"))
			.isEqualTo(2L * data.visits);
		assertThat(count("select count(*) from protocol_reference r join protocol p on p.id = r.protocol_id"
				+ " where p.slug like 'syn-%'"))
			.isEqualTo(data.protocols / 2);
		assertThat(synthetic("protocol")).isEqualTo(data.protocols);
		assertThat(count("select count(*) from quote where slug not like 'syn-%'")).isEqualTo(9);
		assertThat(count("select count(*) from parliament where slug in ('turkpa', 'milli-majlis', 'tbmm')"))
			.isEqualTo(3);
		assertThat(count("select count(*) from search_document")).isEqualTo(count("select (select count(*) from"
				+ " article) + (select count(*) from quote) + (select count(*) from speaker) + (select count(*) from"
				+ " parliament) + (select count(*) from event) + (select count(*) from protocol)"));
	}

	@Test
	void everyCitationPointsAtItsQuoteInTheArticle() {
		assertThat(count("select count(*) from quote_source s join quote q on q.id = s.subject_id"
				+ " join article a on a.id = s.article_id where q.slug like 'syn-%'"
				+ " and substring(a.body, s.start_offset + 1, s.end_offset - s.start_offset) = q.content"))
			.isEqualTo(synthetic("quote"));
	}

	@Test
	void everyMeetingIsBetweenItsVisitorAndTheHostsSpeaker() {
		assertThat(count("select count(*) from meeting m join visit v on v.id = m.visit_id where m.slug like 'syn-%'"
				+ " and (m.held_on <> v.start_date or not exists (select 1 from meeting_participant p"
				+ " where p.meeting_id = m.id and p.speaker_id = v.visitor_id) or not exists (select 1 from"
				+ " meeting_participant p join speaker_term t on t.speaker_id = p.speaker_id"
				+ " where p.meeting_id = m.id and t.parliament_id = v.host_parliament_id))"))
			.isZero();
	}

	@Test
	void articlesAboutAVisitCiteItsMeetingAndOccasionAndEveryArticleTheSpeakersTerm() {
		String quotesDuringVisits = "from quote q join visit v on v.id = q.visit_id where q.slug like 'syn-%'";
		assertThat(count("select count(*) from meeting_source ms join meeting m on m.id = ms.subject_id"
				+ " join quote_source s on s.article_id = ms.article_id join quote q on q.id = s.subject_id"
				+ " where m.slug like 'syn-%' and q.visit_id = m.visit_id"))
			.isEqualTo(count("select count(*) " + quotesDuringVisits))
			.isPositive();
		assertThat(count("select count(*) from event_source es join quote_source s on s.article_id = es.article_id"
				+ " join quote q on q.id = s.subject_id join visit v on v.id = q.visit_id"
				+ " where q.slug like 'syn-%' and v.occasion_id = es.subject_id"))
			.isEqualTo(count("select count(*) " + quotesDuringVisits + " and v.occasion_id is not null"))
			.isPositive();
		assertThat(count("select count(*) from speaker_term_source ts join speaker_term t on t.id = ts.subject_id"
				+ " join quote_source s on s.article_id = ts.article_id join quote q on q.id = s.subject_id"
				+ " where q.slug like 'syn-%' and t.speaker_id = q.speaker_id"))
			.isEqualTo(synthetic("quote"));
	}

	@Test
	void everyQuoteIsSaidByWhoeverPresidedOverItsSpeakersParliamentThatDay() {
		assertThat(count("select count(*) from quote q where q.slug like 'syn-%' and not exists (select 1 from"
				+ " speaker_term t where t.speaker_id = q.speaker_id and t.start_date <= q.said_on"
				+ " and (t.end_date is null or t.end_date >= q.said_on))"))
			.isZero();
	}

	@Test
	void loadingTheSameSizeAgainAddsNothingAndAnotherSizeIsRefused() {
		this.loader.load(Size.S);

		assertThat(synthetic("quote")).isEqualTo(Size.S.records());
		assertThatIllegalStateException().isThrownBy(() -> this.loader.load(Size.M))
			.withMessage("Synthetic data with 1000 quotes is loaded already, not size M (100000): load it into an"
					+ " empty database");
	}

	private static <T> void assertSame(List<Integer> indexes, IntFunction<T> one, IntFunction<T> other) {
		assertThat(indexes).isNotEmpty().allSatisfy(i -> assertThat(one.apply(i)).isEqualTo(other.apply(i)));
	}

	private long synthetic(String table) {
		return count("select count(*) from " + table + " where slug like 'syn-%'");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
