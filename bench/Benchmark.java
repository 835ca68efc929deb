import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times GraphQL requests against a running ParlGraph server, as a client sees them (HTTP, JSON).
 * Run by bench/run.sh: java bench/Benchmark.java URL ID_AT_90_PERCENT SAID_ON_AT_90_PERCENT ID_THERE.
 * Each query runs WARM_UP times unmeasured, then RUNS times; prints a Markdown table of latencies.
 */
public class Benchmark {

	private static final int WARM_UP = 20;

	private static final int RUNS = 100;

	public static void main(String[] args) throws Exception {
		URI endpoint = URI.create(args[0]);
		String byId = cursor(args[1]);
		String byDay = cursor("SAID_ON.DESC:" + args[2] + ":" + args[3]);
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("search, a surname (`qasımova`)",
				"{ search(query: \"qasımova\", first: 20) { edges { snippet { text } node { __typename } } } }");
		queries.put("search, the same with `totalCount`",
				"{ search(query: \"qasımova\", first: 20) { totalCount edges { snippet { text } node { __typename } } } }");
		queries.put("search, a phrase and a word (`\"parlament diplomatiyasının\" enerji`)",
				"{ search(query: \"\\\"parlament diplomatiyasının\\\" enerji\", first: 20) { edges { snippet { text } node { __typename } } } }");
		queries.put("search, a common word (`energy`, in 9% of documents)",
				"{ search(query: \"energy\", first: 20) { edges { snippet { text } node { __typename } } } }");
		queries.put("search, a very common word (`national`, in 60% of documents)",
				"{ search(query: \"national\", first: 20) { edges { snippet { text } node { __typename } } } }");
		queries.put("quotes, first page", "{ quotes(first: 20) { edges { node { text } } } }");
		queries.put("quotes, page at 90% depth (by ID)",
				"{ quotes(first: 20, after: \"" + byId + "\") { edges { node { text } } } }");
		queries.put("quotes, page at 90% depth (by `SAID_ON` descending)",
				"{ quotes(first: 20, orderBy: {field: SAID_ON, direction: DESC}, after: \"" + byDay
						+ "\") { edges { node { text saidOn } } } }");
		queries.put("quotes, page at 90% depth with speaker, role and citations",
				"{ quotes(first: 20, after: \"" + byId + "\") { edges { node { text speaker { name } speakerTerm { title }"
						+ " sources { edges { node { passage article { headline } } } } } } } }");
		HttpClient http = HttpClient.newHttpClient();
		System.out.println("| Query | p50 ms | p95 ms | max ms |");
		System.out.println("|---|---:|---:|---:|");
		for (Map.Entry<String, String> query : queries.entrySet()) {
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < WARM_UP + RUNS; i++) {
				long start = System.nanoTime();
				send(http, endpoint, query.getValue());
				if (i >= WARM_UP) {
					times.add((System.nanoTime() - start) / 1_000_000.0);
				}
			}
			Collections.sort(times);
			System.out.printf("| %s | %.1f | %.1f | %.1f |%n", query.getKey(), times.get(RUNS / 2),
					times.get(RUNS * 95 / 100), times.get(RUNS - 1));
		}
	}

	private static void send(HttpClient http, URI endpoint, String query) throws Exception {
		String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("Query failed: " + query + " -> " + response.body());
		}
	}

	/** A cursor as the API issues it (they are opaque to clients; the benchmark builds its own). */
	private static String cursor(String position) {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString(("cursor:" + position).getBytes(StandardCharsets.UTF_8));
	}

}
