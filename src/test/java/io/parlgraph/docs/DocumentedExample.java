package io.parlgraph.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An example of the docs: a request and the response the docs show for it. In the
 * Markdown, an HTML comment (invisible when rendered) names the fenced block that follows
 * it:
 * <ul>
 * <li>{@code <!-- example: name -->} before the request: a {@code graphql} block (the
 * document), or a {@code sh} block with a curl command whose {@code -d '…'} is the JSON
 * body;</li>
 * <li>{@code <!-- variables: name -->} before a {@code json} block of variables
 * (optional);</li>
 * <li>{@code <!-- response: name -->} before the {@code json} block of the response.</li>
 * </ul>
 *
 * @param source the file and the example's name, e.g. {@code docs/api.md: next-page}
 * @param body the JSON request body
 * @param response the documented response
 */
record DocumentedExample(String source, String body, JsonNode response) {

	private static final Pattern MARKER = Pattern.compile("^<!-- (example|variables|response): ([a-z0-9-]+) -->$");

	private static final Pattern CURL_BODY = Pattern.compile("-d '(.*)'\\s*$", Pattern.DOTALL);

	private static final JsonMapper JSON = JsonMapper.shared();

	/**
	 * The examples of the Markdown files, in order; a marker without its partner is an
	 * error.
	 */
	static List<DocumentedExample> readAll(List<Path> files) {
		return files.stream().flatMap(DocumentedExample::read).toList();
	}

	@Override
	public String toString() {
		return this.source;
	}

	private static Stream<DocumentedExample> read(Path file) {
		List<String> lines = lines(file);
		Map<String, Map<String, Block>> examples = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher marker = MARKER.matcher(lines.get(i));
			if (marker.matches()) {
				String name = file + ": " + marker.group(2);
				if (examples.computeIfAbsent(name, key -> new HashMap<>())
					.putIfAbsent(marker.group(1), Block.after(lines, i, name)) != null) {
					throw new IllegalStateException(name + ": two '" + marker.group(1) + "' markers with one name");
				}
			}
		}
		return examples.entrySet().stream().map(example -> of(example.getKey(), example.getValue()));
	}

	private static DocumentedExample of(String name, Map<String, Block> blocks) {
		Block request = blocks.get("example");
		Block response = blocks.get("response");
		if (request == null || response == null) {
			throw new IllegalStateException(name + ": an example needs both an 'example' and a 'response' marker");
		}
		return new DocumentedExample(name, body(name, request, blocks.get("variables")),
				JSON.readTree(response.text()));
	}

	private static String body(String name, Block request, @Nullable Block variables) {
		if (request.language().equals("sh")) {
			Matcher curl = CURL_BODY.matcher(request.text());
			if (!curl.find() || variables != null) {
				throw new IllegalStateException(name + ": a sh example is one curl command with -d '<JSON body>'");
			}
			return curl.group(1);
		}
		if (!request.language().equals("graphql")) {
			throw new IllegalStateException(name + ": an example is a graphql or a sh block");
		}
		ObjectNode body = JSON.createObjectNode().put("query", request.text());
		if (variables != null) {
			body.set("variables", JSON.readTree(variables.text()));
		}
		return JSON.writeValueAsString(body);
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A fenced block: its info string (the language) and its text. */
	private record Block(String language, String text) {

		/** The fenced block on the line after the marker at {@code markerLine}. */
		static Block after(List<String> lines, int markerLine, String name) {
			int open = markerLine + 1;
			if (open >= lines.size() || !lines.get(open).startsWith("```")) {
				throw new IllegalStateException(
						name + ": a marker must be followed by a fenced block on the next line");
			}
			List<String> text = new ArrayList<>();
			for (int i = open + 1; i < lines.size(); i++) {
				if (lines.get(i).startsWith("```")) {
					return new Block(lines.get(open).substring(3).strip(), String.join("\n", text));
				}
				text.add(lines.get(i));
			}
			throw new IllegalStateException(name + ": the fenced block is not closed");
		}

	}

}
