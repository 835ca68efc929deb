import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Floods a running ParlGraph with hostile and expensive documents while a few ordinary clients
 * keep querying, and reports what each side got: statuses and latencies. Run on demand (JDK 17+,
 * nothing to build):
 *
 * <pre>
 * java bench/FloodBench.java --url=http://localhost:8080/graphql --seconds=30 --attackers=16 --users=2 --user-key=KEY
 * </pre>
 *
 * The ordinary clients send {@code X-API-Key: KEY} when {@code --user-key} is given, so they spend
 * a budget of their own; the attackers send none. Traffic goes to loopback addresses only.
 */
public final class FloodBench {

	/** What ordinary clients ask, in turn. */
	private static final List<String> ORDINARY = List.of(
			"{ speakers(first: 5) { edges { node { name quotes(first: 3) { edges { node { text language } } } } } } }",
			"{ parliaments(first: 5) { edges { node { name speaker(asOf: \"2023-04-28\") { name } } } } }",
			"{ quotes(first: 2, filter: { medium: TWEET }) { edges { cursor node { id text } } pageInfo { hasNextPage } } }");

	/** What the attackers send, in turn: hostile shapes, and the most expensive documents allowed. */
	private static final Map<String, String> ATTACKS = attacks();

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		URI url = URI.create(options.getOrDefault("url", "http://localhost:8080/graphql"));
		if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
			throw new IllegalArgumentException("Refusing to load " + url.getHost() + ": loopback addresses only");
		}
		Duration phase = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "30")));
		int attackers = Integer.parseInt(options.getOrDefault("attackers", "16"));
		int users = Integer.parseInt(options.getOrDefault("users", "2"));
		String userKey = options.get("user-key");
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		System.out.printf("# %s, %d ordinary client(s)%s, %d attacker(s), %s per phase%n", url, users,
				(userKey != null) ? " with an API key" : "", attackers, phase);
		Tally quiet = new Tally();
		run(phase, users, worker -> ordinary(http, url, userKey, worker, quiet), 0, null);
		Tally underFlood = new Tally();
		Tally flood = new Tally();
		run(phase, users, worker -> ordinary(http, url, userKey, worker, underFlood), attackers,
				worker -> attack(http, url, worker, flood));
		System.out.println();
		System.out.println("| phase | who | requests | statuses | p50 ms | p95 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		quiet.print("quiet", "ordinary");
		underFlood.print("flood", "ordinary");
		flood.byKind.forEach((kind, tally) -> tally.print("flood", "attack: " + kind));
	}

	private static void run(Duration phase, int users, Worker user, int attackers, Worker attacker)
			throws InterruptedException {
		long end = System.nanoTime() + phase.toNanos();
		ExecutorService threads = Executors.newFixedThreadPool(users + attackers);
		AtomicInteger ids = new AtomicInteger();
		for (int i = 0; i < users; i++) {
			threads.submit(() -> loop(end, user, ids.getAndIncrement()));
		}
		for (int i = 0; i < attackers; i++) {
			threads.submit(() -> loop(end, attacker, ids.getAndIncrement()));
		}
		threads.shutdown();
		if (!threads.awaitTermination(phase.toSeconds() + 60, TimeUnit.SECONDS)) {
			threads.shutdownNow();
		}
	}

	/** Sends requests until the phase ends (and at most a million, to bound a runaway loop). */
	private static void loop(long end, Worker worker, int id) {
		for (int n = 0; n < 1_000_000 && System.nanoTime() < end; n++) {
			worker.send(id + n);
		}
	}

	private static void ordinary(HttpClient http, URI url, String userKey, int turn, Tally tally) {
		HttpRequest.Builder request = post(url, ORDINARY.get(turn % ORDINARY.size()));
		if (userKey != null) {
			request.header("X-API-Key", userKey);
		}
		tally.record("ordinary", http, request.build());
	}

	private static void attack(HttpClient http, URI url, int turn, Tally tally) {
		List<String> kinds = new ArrayList<>(ATTACKS.keySet());
		String kind = kinds.get(turn % kinds.size());
		tally.record(kind, http, post(url, ATTACKS.get(kind)).build());
	}

	private static HttpRequest.Builder post(URI url, String document) {
		return HttpRequest.newBuilder(url)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}"));
	}

	private static Map<String, String> attacks() {
		Map<String, String> attacks = new TreeMap<>();
		attacks.put("depth 10,000", "{" + "speakers { ".repeat(10_000) + "}".repeat(10_001));
		attacks.put("depth 52", "{ speakers { edges { node { " + "quotes { edges { node { speaker { ".repeat(12) + "name"
				+ " } } } }".repeat(12) + " } } } }");
		attacks.put("1,000 aliases", "{ " + IntStream.range(0, 1000).mapToObj(i -> "a" + i + ": __typename").collect(Collectors.joining(" ")) + " }");
		attacks.put("4,900 repeated fields", "{ speakers(first: 100) { edges { node { " + "name ".repeat(4900) + "} } } }");
		attacks.put("fragment bomb", "{ ...F0 } " + IntStream.range(0, 40).mapToObj(i -> "fragment F%d on Query { ...F%d ...F%d }".formatted(i, i + 1, i + 1)).collect(Collectors.joining(" ")) + " fragment F40 on Query { __typename }");
		attacks.put("introspection cycle", "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }");
		attacks.put("60,100 nodes", "{ parliaments(first: 100) { edges { node { visitsMade(first: 100) { edges { node { quotes(first: 5) { edges { node { text } } } } } } } } } }");
		attacks.put("largest allowed (40,100 nodes)", "{ parliaments(first: 100) { edges { node { visitsMade(first: 100) { edges { node { quotes(first: 3) { edges { node { text } } } } } } } } } }");
		attacks.put("250 KB of whitespace", "{" + " ".repeat(250_000) + "__typename }");
		return attacks;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new TreeMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], (pair.length > 1) ? pair[1] : "true");
		}
		return options;
	}

	@FunctionalInterface
	private interface Worker {

		void send(int turn);

	}

	/** Statuses and latencies, overall and per kind of request. */
	private static final class Tally {

		private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

		private final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();

		private final Map<String, Tally> byKind = new ConcurrentHashMap<>();

		void record(String kind, HttpClient http, HttpRequest request) {
			long start = System.nanoTime();
			String status;
			try {
				status = Integer.toString(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
			}
			catch (Exception ex) {
				status = ex.getClass().getSimpleName();
			}
			add(status, System.nanoTime() - start);
			if (!kind.equals("ordinary")) {
				this.byKind.computeIfAbsent(kind, k -> new Tally()).add(status, System.nanoTime() - start);
			}
		}

		private void add(String status, long elapsed) {
			this.nanos.add(elapsed);
			this.statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
		}

		void print(String phase, String who) {
			List<Long> sorted = new ArrayList<>(this.nanos);
			Collections.sort(sorted);
			System.out.printf("| %s | %s | %d | %s | %s | %s | %s | %s |%n", phase, who, sorted.size(),
					new TreeMap<>(this.statuses), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
		}

		private static String ms(List<Long> sorted, double quantile) {
			if (sorted.isEmpty()) {
				return "-";
			}
			long nanos = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
			return "%.1f".formatted(nanos / 1e6);
		}

	}

}
