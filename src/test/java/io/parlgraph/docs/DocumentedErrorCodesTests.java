package io.parlgraph.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.parlgraph.graphql.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of error codes in {@code docs/security.md} says what each refusal answers:
 * every {@link Rejection} is there, with its status and its
 * {@code extensions.classification}, also when the refusal is an error graphql-java
 * raised (such as introspection switched off).
 */
class DocumentedErrorCodesTests {

	private static final String HEADER = "| `extensions.code` | Status | `classification` | Meaning |";

	private static final Pattern CODE = Pattern.compile("`([A-Z_]+)`");

	private static final Pattern STATUS = Pattern.compile("\\d{3}");

	@Test
	void everyRefusalAnswersAsTheTableSays() throws IOException {
		Map<String, String> documented = documented();
		Map<String, String> answered = new TreeMap<>();
		GraphQLError raised = GraphqlErrorBuilder.newError()
			.errorType(graphql.ErrorType.ValidationError)
			.message("raised")
			.build();
		for (Rejection rejection : Rejection.values()) {
			answered.put(rejection.name(),
					rejection.status().value() + " " + classification(rejection.error("refused")));
			answered.put(rejection.name() + " (raised by graphql-java)",
					rejection.status().value() + " " + classification(rejection.coded(raised)));
		}
		Map<String, String> expected = new TreeMap<>();
		documented.forEach((code, answer) -> {
			expected.put(code, answer);
			expected.put(code + " (raised by graphql-java)", answer);
		});
		assertThat(answered).isEqualTo(expected);
	}

	/** Code to "status classification", from the table. */
	private static Map<String, String> documented() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("docs", "security.md"));
		assertThat(lines).as("docs/security.md").contains(HEADER);
		Map<String, String> documented = new TreeMap<>();
		for (String row : lines.subList(lines.indexOf(HEADER) + 2, lines.size())) {
			if (!row.startsWith("|")) {
				break;
			}
			String[] cells = row.split("\\|");
			Matcher status = STATUS.matcher(cells[2]);
			assertThat(status.find()).as(row).isTrue();
			String answer = status.group() + " " + cells[3].strip().replace("`", "");
			Matcher code = CODE.matcher(cells[1]);
			while (code.find()) {
				documented.put(code.group(1), answer);
			}
		}
		return documented;
	}

	private static Object classification(GraphQLError error) {
		return ((Map<?, ?>) error.toSpecification().get("extensions")).get("classification");
	}

}
