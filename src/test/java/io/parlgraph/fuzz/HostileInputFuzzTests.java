package io.parlgraph.fuzz;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import graphql.schema.GraphQLSchema;
import io.parlgraph.QuietLoggers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Fuzzes the running server over real HTTP with requests drawn from the schema, edited
 * documents, variables of every shape, and garbage: not one may get a 5xx, an
 * {@code INTERNAL_ERROR} (an exception nothing handled) or an ERROR in the log. Each
 * family runs for {@code parlgraph.fuzz.seconds} (5 by default; e.g.
 * {@code -Dparlgraph.fuzz.seconds=600} for a long run); a failure names its seed, which
 * {@code -Dparlgraph.fuzz.seed} replays. A request that ever failed joins
 * {@code FuzzRegressionTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "parlgraph.limits.rate-limit.points=1000000000")
class HostileInputFuzzTests {

	private static final Duration TIME_BOX = Duration.ofSeconds(Long.getLong("parlgraph.fuzz.seconds", 5));

	private static final long SEED = Long.getLong("parlgraph.fuzz.seed", System.nanoTime());

	private static final String[] CONTENT_TYPES = { "application/json", "application/json; charset=ISO-8859-1",
			"application/json; charset=UTF-16", "application/json; charset=nope", "application/graphql",
			"application/graphql-response+json", "text/plain", "application/x-www-form-urlencoded",
			"multipart/form-data; boundary=x", "a/b/c", "application", ";;;" };

	private static final String[] ACCEPTS = { "*/*", "application/json", "application/graphql-response+json",
			"text/html", "text/event-stream", "application/graphql-response+json;q=0, application/json", "x;;;",
			"application/*" };

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	@LocalServerPort
	private int port;

	@Autowired
	private GraphQlSource graphQlSource;

	@BeforeEach
	void recordLog() {
		this.log.start();
		root().addAppender(this.log);
	}

	@AfterEach
	void nothingWasLoggedAsAnError() {
		root().detachAppender(this.log);
		assertThat(this.log.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR)))
			.as("errors logged (seed %d)", SEED)
			.isEmpty();
	}

	@Test
	void documentsDrawnFromTheSchema() {
		fuzz("schema", random -> post(json(Documents.request(schema(), random)), "application/json",
				"application/graphql-response+json"));
	}

	@Test
	void editedDocuments() {
		fuzz("edited", random -> {
			Map<String, Object> request = Documents.request(schema(), random);
			request.put("query", Documents.edit((String) request.get("query"), random));
			return post(json(request), "application/json", ACCEPTS[random.nextInt(ACCEPTS.length)]);
		});
	}

	@Test
	void variablesOfEveryShape() {
		fuzz("variables", random -> {
			Map<String, Object> request = Documents.request(schema(), random);
			Map<String, Object> variables = new LinkedHashMap<>();
			((Map<?, ?>) request.get("variables")).keySet()
				.forEach(name -> variables.put((String) name, randomJson(random, 0)));
			request.put("variables", random.nextInt(10) == 0 ? randomJson(random, 0) : variables);
			return post(json(request), "application/json", "application/graphql-response+json");
		});
	}

	@Test
	// Tomcat's report of an unparsable header and Spring's warning for each unreadable
	// body (never errors)
	@QuietLoggers({ "org.apache.coyote.http11.Http11Processor",
			"org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver" })
	void garbageBodiesParametersAndHeaders() {
		fuzz("garbage", random -> switch (random.nextInt(4)) {
			case 0 -> post(randomBytes(random), "application/json", "application/graphql-response+json");
			case 1 -> post(json(randomJson(random, 0)), "application/json", ACCEPTS[random.nextInt(ACCEPTS.length)]);
			case 2 -> post(json(Documents.request(schema(), random)),
					CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)], ACCEPTS[random.nextInt(ACCEPTS.length)]);
			default -> get(random);
		});
	}

	private void fuzz(String family, Function<SplittableRandom, Probe> probes) {
		SplittableRandom random = new SplittableRandom(SEED ^ family.hashCode());
		Instant end = Instant.now().plus(TIME_BOX);
		int sent = 0;
		while (Instant.now().isBefore(end)) {
			Probe probe = probes.apply(random);
			sent++;
			check(probe, send(probe), "%s request #%d of seed %d".formatted(family, sent, SEED));
		}
		System.out.printf("fuzz %s: %d requests in %s, none failed (seed %d)%n", family, sent, TIME_BOX, SEED);
		assertThat(sent).isPositive();
	}

	/**
	 * Checks one answer: below 500, and no error that stands for an unhandled exception.
	 */
	static void check(Probe probe, HttpResponse<String> response, String which) {
		String context = which + ": " + probe + "\n-> HTTP " + response.statusCode() + " " + shorten(response.body());
		assertThat(response.statusCode()).as(context).isLessThan(500);
		if (!response.body().startsWith("{")) {
			return;
		}
		JsonNode body = JsonMapper.shared().readTree(response.body());
		if (response.statusCode() == 200) {
			assertThat(body.has("data") || body.has("errors")).as(context).isTrue();
		}
		for (JsonNode error : body.path("errors")) {
			assertThat(error.path("extensions").path("classification").asString("")).as(context)
				.isNotEqualTo("INTERNAL_ERROR");
		}
	}

	private HttpResponse<String> send(Probe probe) {
		try {
			return this.http.send(probe.request(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			return fail("%s could not be sent (seed %d)".formatted(probe, SEED), ex);
		}
	}

	private Probe post(byte[] body, String contentType, @Nullable String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(""))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (accept != null) {
			request.header("Accept", accept);
		}
		return new Probe(
				"POST " + contentType + " (accept " + accept + ") " + shorten(new String(body, StandardCharsets.UTF_8)),
				request.build());
	}

	private Probe get(SplittableRandom random) {
		Map<String, Object> request = Documents.request(schema(), random);
		String query = random.nextBoolean() ? (String) request.get("query")
				: Documents.edit((String) request.get("query"), random);
		String variables = random.nextBoolean() ? new String(json(request.get("variables")), StandardCharsets.UTF_8)
				: new String(randomBytes(random), StandardCharsets.ISO_8859_1);
		String parameters = "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&variables="
				+ URLEncoder.encode(variables, StandardCharsets.UTF_8);
		return new Probe("GET " + shorten(query) + " variables " + shorten(variables),
				HttpRequest.newBuilder(endpoint(parameters)).GET().build());
	}

	private URI endpoint(String parameters) {
		return URI.create("http://localhost:" + this.port + "/graphql" + parameters);
	}

	private GraphQLSchema schema() {
		return this.graphQlSource.schema();
	}

	private static byte[] json(@Nullable Object value) {
		return JsonMapper.shared().writeValueAsBytes(value);
	}

	private static byte[] randomBytes(SplittableRandom random) {
		byte[] bytes = new byte[random.nextInt(30) == 0 ? 300 * 1024 : random.nextInt(600)];
		random.nextBytes(bytes);
		if (bytes.length > 2 && random.nextBoolean()) {
			bytes[0] = '{';
			bytes[bytes.length - 1] = '}';
		}
		return bytes;
	}

	/** Any JSON value, with the keys of a GraphQL request now and then. */
	private static @Nullable Object randomJson(SplittableRandom random, int depth) {
		return switch (random.nextInt(depth > 4 ? 5 : 7)) {
			case 0 -> null;
			case 1 -> random.nextBoolean() ? random.nextInt() : random.nextLong();
			case 2 -> random.nextBoolean() ? random.nextDouble() * 1e300 : "{ __typename }";
			case 3 -> random.nextBoolean();
			case 4 -> List.of("", "\u0000", "\uD83C\uDFDB", "query", "{", "x".repeat(random.nextInt(3000)))
				.get(random.nextInt(6));
			case 5 -> {
				List<@Nullable Object> list = new ArrayList<>();
				for (int n = random.nextInt(4); n > 0; n--) {
					list.add(randomJson(random, depth + 1));
				}
				yield list;
			}
			default -> {
				Map<String, @Nullable Object> object = new LinkedHashMap<>();
				for (String key : new String[] { "query", "operationName", "variables", "extensions", "id" }) {
					if (random.nextBoolean()) {
						object.put(key, randomJson(random, depth + 1));
					}
				}
				yield object;
			}
		};
	}

	private static String shorten(String text) {
		return (text.length() > 600) ? text.substring(0, 600) + "... (" + text.length() + " chars)" : text;
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	/** A request, and how to tell it in a failure message. */
	record Probe(String description, HttpRequest request) {

		@Override
		public String toString() {
			return this.description;
		}

	}

}
