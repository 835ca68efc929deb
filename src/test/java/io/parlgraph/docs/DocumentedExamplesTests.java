package io.parlgraph.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.parlgraph.GraphQlRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of the README and of {@code docs/} that shows a response (see
 * {@link DocumentedExample} for the markers) gets that response from the application, on
 * a database of its own that holds the seed and nothing else, as a newcomer's does.
 * Responses are compared as JSON (the order of an object's fields aside); a value
 * documented as {@value #ANY_VALUE} varies from run to run and matches any value, but
 * must be there.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:docs;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class DocumentedExamplesTests {

	/** In a documented response, a value that varies from run to run, such as a time. */
	static final String ANY_VALUE = "…";

	private static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	private MockMvcTester mvc;

	static List<DocumentedExample> examples() throws IOException {
		List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> pages = Files.list(Path.of("docs"))) {
			pages.filter(page -> page.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		return DocumentedExample.readAll(files);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void exampleAnswersAsDocumented(DocumentedExample example) {
		String answer = new String(post(this.mvc, example.body()).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(differences("$", example.response(), JSON.readTree(answer))).as("%s answered %s", example, answer)
			.isEmpty();
	}

	@Test
	void theReadmeAndThePagesAboutQueriesHaveExamples() throws IOException {
		assertThat(examples()).extracting(example -> example.source().substring(0, example.source().indexOf(':')))
			.contains("README.md", "docs/api.md", "docs/search.md", "docs/security.md");
	}

	@Test
	void anyValueMatchesEveryValueButNoMissingOne() {
		JsonNode documented = JSON.readTree("{\"at\": \"…\", \"n\": [1, 2]}");
		assertThat(differences("$", documented, JSON.readTree("{\"n\": [1, 2], \"at\": \"2026-01-01T00:00:00Z\"}")))
			.isEmpty();
		assertThat(differences("$", documented, JSON.readTree("{\"n\": [1, 2]}")))
			.containsExactly("$.at: documented \"…\", but missing");
		assertThat(differences("$", documented, JSON.readTree("{\"at\": 1, \"n\": [1, 3], \"more\": true}")))
			.containsExactly("$.more: not documented, but was true", "$.n[1]: documented 2, but was 3");
		assertThat(differences("$", documented, JSON.readTree("{\"at\": 1, \"n\": [1]}")))
			.containsExactly("$.n: documented [1,2], but was [1]");
	}

	/** Where the actual response differs from the documented one, as JSON paths. */
	static List<String> differences(String path, JsonNode documented, JsonNode actual) {
		if (documented.isString() && documented.stringValue().equals(ANY_VALUE)) {
			return List.of();
		}
		List<String> differences = new ArrayList<>();
		if (documented.isObject() && actual.isObject()) {
			Set<String> names = new TreeSet<>(documented.propertyNames());
			names.addAll(actual.propertyNames());
			for (String name : names) {
				JsonNode expected = documented.get(name);
				JsonNode found = actual.get(name);
				if (expected == null) {
					differences.add(path + "." + name + ": not documented, but was " + found);
				}
				else if (found == null) {
					differences.add(path + "." + name + ": documented " + expected + ", but missing");
				}
				else {
					differences.addAll(differences(path + "." + name, expected, found));
				}
			}
		}
		else if (documented.isArray() && actual.isArray() && documented.size() == actual.size()) {
			for (int i = 0; i < documented.size(); i++) {
				differences.addAll(differences(path + "[" + i + "]", documented.get(i), actual.get(i)));
			}
		}
		else if (!documented.equals(actual)) {
			differences.add(path + ": documented " + documented + ", but was " + actual);
		}
		return differences;
	}

}
