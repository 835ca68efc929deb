package io.parlgraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import io.parlgraph.ParlGraphApplication;
import io.parlgraph.QuietLoggers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Loading the seed is idempotent, also for instances loading at once, and a bad file
 * names itself and the field, and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.datasource.url=jdbc:h2:mem:seeding;DB_CLOSE_DELAY=-1")
class SeedDataLoaderTests {

	private static final String[] FILES = { "articles.json", "parliaments.json", "speakers.json", "terms.json",
			"events.json", "visits.json", "protocols.json", "quotes.json" };

	@Autowired
	private SeedDataLoader loader;

	@Autowired
	private JdbcClient jdbc;

	@Value("${spring.datasource.url}")
	private String datasourceUrl;

	@TempDir
	private Path seed;

	private long parliaments;

	@BeforeEach
	void countParliaments() {
		this.parliaments = count("parliament");
	}

	@Test
	void loadingTheSeedAgainAddsNothing() {
		long quotes = count("quote");
		long sources = count("quote_source");

		assertThat(this.loader.load("classpath:seed-data/")).isZero();

		assertThat(count("quote")).isEqualTo(quotes).isEqualTo(9);
		assertThat(count("quote_source")).isEqualTo(sources).isEqualTo(9);
		assertThat(count("parliament")).isEqualTo(this.parliaments);
	}

	@Test
	void seedWithNewRecordsAddsOnlyThose() throws IOException {
		copySeed();
		edit("parliaments.json", json -> json.replaceFirst("\\[", "[" + newParliament("new-parliament") + ","));

		long names = count("parliament_name");

		assertThat(this.loader.load(location())).isEqualTo(1);

		assertThat(count("parliament")).isEqualTo(this.parliaments + 1);
		assertThat(count("parliament_name")).isEqualTo(names + 1);
	}

	@Test
	void instancesLoadingANewSeedAtOnceAddItOnceAndBothStart(@Autowired PlatformTransactionManager transactions)
			throws Exception {
		copySeed();
		edit("parliaments.json", json -> json.replaceFirst("\\[", "[" + newParliament("loaded-once") + ","));
		ExecutorService otherInstance = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> second = new TransactionTemplate(transactions).execute(status -> {
				assertThat(this.loader.load(location())).isEqualTo(1);
				Future<Integer> started = otherInstance.submit(() -> this.loader.load(location()));
				await().atMost(Duration.ofSeconds(30)).until(this::aSessionWaitsForALock);
				return started;
			});
			assertThat(second.get(30, TimeUnit.SECONDS)).as("records the second load added").isZero();
		}
		finally {
			otherInstance.shutdownNow();
		}
		assertThat(count("parliament")).isEqualTo(this.parliaments + 1);
	}

	@Test
	void malformedFileStopsTheLoadNamingFileAndFieldAndWritesNothing() throws IOException {
		copySeed();
		edit("parliaments.json", json -> json.replaceFirst("\\[", "[" + newParliament("half-loaded") + ","));
		edit("quotes.json", json -> json.replaceFirst("\"kind\": \"INDIRECT\"", "\"kind\": \"SHOUTED\""));

		assertThatExceptionOfType(SeedDataException.class).isThrownBy(() -> this.loader.load(location()))
			.withMessageStartingWith("Invalid seed data in ")
			.withMessageContaining("quotes.json at [0].kind")
			.withMessageContaining("SHOUTED");
		assertThat(count("parliament")).isEqualTo(this.parliaments);
	}

	@Test
	void missingRequiredFieldIsNamed() throws IOException {
		copySeed();
		edit("visits.json", json -> json.replaceFirst("\"city\": \"Ankara\",", ""));

		assertThatExceptionOfType(SeedDataException.class).isThrownBy(() -> this.loader.load(location()))
			.withMessageEndingWith("visits.json at [0].city: is required");
	}

	@Test
	void referenceToAnUnknownSlugIsNamedAndRollsBackEverything() throws IOException {
		copySeed();
		edit("parliaments.json", json -> json.replaceFirst("\\[", "[" + newParliament("rolled-back") + ","));
		edit("protocols.json",
				json -> json.replaceFirst("\"signatory\": \"mustafa-sentop\"", "\"signatory\": \"nobody\""));

		assertThatExceptionOfType(SeedDataException.class).isThrownBy(() -> this.loader.load(location()))
			.withMessageContaining("protocols.json at [0].parties[1].signatory: no Speaker with slug 'nobody'");
		assertThat(count("parliament")).isEqualTo(this.parliaments);
	}

	@Test
	void passageThatIsNotInTheArticleIsNamed() throws IOException {
		copySeed();
		edit("parliaments.json",
				json -> json.replaceFirst("\\[",
						"[" + newParliament("with-passage").replace("\"sources\": []",
								"\"sources\": [{\"article\": \"azernews-209189\", \"passage\": \"not in it\"}]")
								+ ","));

		assertThatExceptionOfType(SeedDataException.class).isThrownBy(() -> this.loader.load(location()))
			.withMessageContaining("parliaments.json at [0].sources[0].passage: not found in the body of article");
	}

	@Test
	void invalidCountryCodeIsNamed() throws IOException {
		copySeed();
		edit("speakers.json", json -> json.replaceFirst("\"country\": \"AZ\"", "\"country\": \"Azerbaijan\""));

		assertThatExceptionOfType(SeedDataException.class).isThrownBy(() -> this.loader.load(location()))
			.withMessageContaining("speakers.json at [0].country: expected an ISO 3166-1 alpha-2 country code");
	}

	@Test
	void aNewFactIsCheckedAsAMutationChecksItsInputAndTheFieldIsNamed() throws IOException {
		copySeed();
		String name = "{\"language\": \"en\", \"name\": \"Parliament of Kazakhstan\", \"shortName\": null}";
		edit("parliaments.json", json -> json.replaceFirst("\\[", "[" + newParliament("named-twice")
			.replace("\"names\": [" + name + "]", "\"names\": [" + name + ", " + name + "]") + ","));

		assertThatExceptionOfType(SeedDataException.class).isThrownBy(() -> this.loader.load(location()))
			.withMessageEndingWith("parliaments.json at [0].names[1].language: Another name has the language 'en'");
		assertThat(count("parliament")).isEqualTo(this.parliaments);
	}

	@Test
	void aNewArticleIsCheckedAsPublishingChecksOne() throws IOException {
		copySeed();
		edit("articles.json", json -> json.replaceFirst("\\[", """
				[{"slug": "headless", "headline": " ", "publisher": "Wire", "url": "https://wire.example/headless",
				  "publishedAt": "2023-04-28T12:18:00+04:00", "language": "en", "body": "A body."},"""));

		assertThatExceptionOfType(SeedDataException.class).isThrownBy(() -> this.loader.load(location()))
			.withMessageEndingWith("articles.json at [0].headline: Must not be blank");
	}

	@Test
	void aNewTermIsCheckedAsTheTermMutationChecksItsInput() throws IOException {
		copySeed();
		edit("terms.json", json -> json.replaceFirst("\\[", """
				[{"slug": "untitled-term", "speaker": "sahiba-gafarova", "parliament": "milli-majlis", "title": " ",
				  "startDate": "2020-03-10", "endDate": null, "sources": []},"""));

		assertThatExceptionOfType(SeedDataException.class).isThrownBy(() -> this.loader.load(location()))
			.withMessageEndingWith("terms.json at [0].title: Must not be blank");
	}

	@Test
	void aNewMeetingIsCheckedAsTheOtherFactsAre() throws IOException {
		copySeed();
		edit("visits.json", json -> json.replaceFirst("\"meetings\": \\[", """
				"meetings": [{"slug": "Not a slug", "heldOn": "2023-04-27", "format": "ONE_ON_ONE", "summary": null,
				  "participants": ["sahiba-gafarova"], "sources": []},"""));

		assertThatExceptionOfType(SeedDataException.class).isThrownBy(() -> this.loader.load(location()))
			.withMessageContaining("visits.json at [0].meetings[0].slug: A slug is 1 to 200 lowercase letters");
		assertThat(count("meeting")).isEqualTo(2);
	}

	@Test
	void aNewQuoteThatTranslatesItselfIsRefusedAsTheQuoteMutationRefusesIt() throws IOException {
		copySeed();
		edit("quotes.json", json -> json.replaceFirst("\\[", """
				[{"slug": "self-translated", "speaker": "mustafa-sentop", "text": "Said once.", "language": "en",
				  "kind": "DIRECT", "medium": "TWEET", "saidOn": "2023-04-27", "url": null, "visit": null,
				  "translationOf": "self-translated", "sources": []},"""));

		assertThatExceptionOfType(SeedDataException.class).isThrownBy(() -> this.loader.load(location()))
			.withMessageEndingWith("quotes.json at [0].translationOf: A quote cannot be a translation of itself");
		assertThat(count("quote")).isEqualTo(9);
	}

	@Test
	// the failed start is asserted; Spring's report of it, with its stack trace, is not
	// printed
	@QuietLoggers({ "org.springframework.boot.SpringApplication",
			"org.springframework.context.annotation.AnnotationConfigApplicationContext" })
	void malformedSeedStopsStartUp() throws IOException {
		copySeed();
		edit("events.json", json -> json.replaceFirst("\"startDate\": \"2023-04-28\"", "\"startDate\": \"28 April\""));
		SpringApplicationBuilder application = new SpringApplicationBuilder(ParlGraphApplication.class)
			.web(WebApplicationType.NONE);

		assertThatExceptionOfType(SeedDataException.class)
			.isThrownBy(() -> application.run("--spring.datasource.url=jdbc:h2:mem:failed-start",
					"--parlgraph.seed.location=" + location()))
			.withMessageContaining("events.json at [0].startDate");
	}

	private static String newParliament(String slug) {
		return """
				{"slug": "%s", "kind": "NATIONAL_PARLIAMENT", "country": "KZ", "website": null,
				 "names": [{"language": "en", "name": "Parliament of Kazakhstan", "shortName": null}],
				 "memberOf": ["turkpa"], "sources": []}""".formatted(slug);
	}

	private String location() {
		return this.seed.toUri().toString();
	}

	private void copySeed() throws IOException {
		for (String file : FILES) {
			try (var in = new ClassPathResource("seed-data/" + file).getInputStream()) {
				Files.copy(in, this.seed.resolve(file));
			}
		}
	}

	private void edit(String file, UnaryOperator<String> change) throws IOException {
		Path path = this.seed.resolve(file);
		String json = Files.readString(path, StandardCharsets.UTF_8);
		String changed = change.apply(json);
		assertThat(changed).as("edit of " + file).isNotEqualTo(json);
		Files.writeString(path, changed, StandardCharsets.UTF_8);
	}

	private boolean aSessionWaitsForALock() {
		String sql = this.datasourceUrl.startsWith("jdbc:postgresql:")
				? "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"
				: "select count(*) from information_schema.sessions where blocker_id is not null";
		return this.jdbc.sql(sql).query(Long.class).single() > 0;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
