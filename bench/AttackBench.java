import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Attacks a running ParlGraph in the four ways of issue 11 (a stalled SSE subscriber, slow request
 * bodies, a flood of WebSocket connections, expensive searches) while a few ordinary clients keep
 * querying, and reports what the ordinary clients got (answered, failed, timed out, latencies, quiet
 * and under attack), what the attackers got, and the server's heap, threads and readiness. Run on
 * demand (JDK 17+, nothing to build), or through {@code bench/attack.sh}:
 *
 * <pre>
 * java bench/AttackBench.java --url=http://127.0.0.1:18090/graphql --case=all --admin-key=KEY --user-key=bench-user
 * </pre>
 *
 * Traffic goes to loopback addresses only, every phase is bounded in time, and every connection
 * opened is closed at the end of its case.
 */
public final class AttackBench {

	/** What ordinary clients ask, in turn. */
	private static final List<String> ORDINARY = List.of("{ speakers(first: 5) { edges { node { name } } } }",
			"{ __typename }");

	private static final String SUBSCRIPTION = "subscription { articlePublished { cursor article { id body } } }";

	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Za-z_]+)\"");

	private final Map<String, String> options;

	private final URI url;

	private final InetSocketAddress server;

	private final List<InetAddress> sources;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private AttackBench(Map<String, String> options) throws IOException {
		this.options = options;
		this.url = URI.create(option("url", "http://127.0.0.1:18090/graphql"));
		InetAddress host = InetAddress.getByName(this.url.getHost());
		if (!host.isLoopbackAddress()) {
			throw new IllegalArgumentException("Refusing to attack " + this.url.getHost() + ": loopback addresses only");
		}
		this.server = new InetSocketAddress(host, this.url.getPort());
		String[] range = option("sources", "127.0.0.2-127.0.0.9").split("-");
		byte[] first = InetAddress.getByName(range[0]).getAddress();
		int last = InetAddress.getByName(range[range.length - 1]).getAddress()[3] & 0xff;
		this.sources = new ArrayList<>();
		for (int b = first[3] & 0xff; b <= last; b++) {
			InetAddress source = InetAddress.getByAddress(new byte[] { first[0], first[1], first[2], (byte) b });
			if (!source.isLoopbackAddress()) {
				throw new IllegalArgumentException("Source addresses must be loopback addresses: " + source);
			}
			this.sources.add(source);
		}
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new TreeMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], (pair.length > 1) ? pair[1] : "true");
		}
		AttackBench bench = new AttackBench(options);
		String which = bench.option("case", "all");
		List<String> cases = which.equals("all") ? List.of("sse-stall", "slow-body", "ws-flood", "search-flood")
				: List.of(which.split(","));
		for (String name : cases) {
			bench.runCase(name);
		}
		System.exit(0);
	}

	private String option(String name, String otherwise) {
		return this.options.getOrDefault(name, otherwise);
	}

	private int number(String name, int otherwise) {
		return Integer.parseInt(option(name, Integer.toString(otherwise)));
	}

	private InetAddress source(int i) {
		return this.sources.get(i % this.sources.size());
	}

	/** A quiet phase, then the same ordinary load under attack, then one look at the server after. */
	private void runCase(String name) throws Exception {
		Attack attack = switch (name) {
			case "sse-stall" -> new SseStall();
			case "slow-body" -> new SlowBody();
			case "ws-flood" -> new WsFlood();
			case "search-flood" -> new SearchFlood();
			default -> throw new IllegalArgumentException("Unknown case " + name
					+ " (sse-stall, slow-body, ws-flood, search-flood or all)");
		};
		Duration quiet = Duration.ofSeconds(number("quiet-seconds", 10));
		Duration underAttack = Duration.ofSeconds(number("seconds", attack.seconds()));
		int users = number("users", 4);
		System.out.printf("%n## %s%n%n# %s, %d ordinary client(s), %d s quiet, then %d s under attack: %s%n", name,
				this.url, users, quiet.toSeconds(), underAttack.toSeconds(), attack.description());
		attack.prepare();
		phase(Duration.ofSeconds(number("warmup-seconds", 10)), users, null); // unmeasured: the JIT compiles
		Phase quietPhase = phase(quiet, users, null);
		Phase attackPhase = phase(underAttack, users, attack);
		Thread.sleep(3000); // what remains once the attackers are gone
		Sampler after = new Sampler();
		after.sample();
		System.out.println();
		System.out.println("| phase | ordinary OK | failed | timed out | p50 ms | p99 ms | max ms | heap MB (max) | JVM threads (max) | OS threads (max) | RSS MB (max) | readiness |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
		System.out.println(quietPhase.row("quiet"));
		System.out.println(attackPhase.row("attack"));
		System.out.println("| after (3 s) | | | | | | | " + after.columns() + " |");
		System.out.println();
		System.out.println("| attacker | what it got |");
		System.out.println("|---|---|");
		for (String[] line : attack.report()) {
			System.out.printf("| %s | %s |%n", line[0], line[1]);
		}
		System.out.flush();
	}

	/** Ordinary clients and the sampler for a phase, with an attack running beside them. */
	private Phase phase(Duration length, int users, Attack attack) throws Exception {
		long end = System.nanoTime() + length.toNanos();
		Tally tally = new Tally();
		Sampler sampler = new Sampler();
		ExecutorService threads = Executors.newFixedThreadPool(users + 2);
		for (int i = 0; i < users; i++) {
			int user = i;
			threads.submit(() -> {
				for (int n = user; System.nanoTime() < end; n++) {
					ordinary(ORDINARY.get(n % ORDINARY.size()), tally);
				}
			});
		}
		threads.submit(() -> sampler.run(end));
		if (attack != null) {
			try {
				attack.run(end);
			}
			finally {
				attack.stop();
			}
		}
		threads.shutdown();
		if (!threads.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS)) {
			threads.shutdownNow();
		}
		return new Phase(tally, sampler);
	}

	private void ordinary(String document, Tally tally) {
		HttpRequest.Builder request = graphql(document, Duration.ofSeconds(number("timeout", 10)));
		String key = this.options.get("user-key");
		if (key != null) {
			request.header("X-API-Key", key);
		}
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			boolean ok = response.statusCode() == 200 && !response.body().contains("\"errors\"");
			tally.add(ok ? "ok" : "HTTP " + response.statusCode() + codes(response.body()), start);
		}
		catch (HttpTimeoutException ex) {
			tally.add("timeout", start);
		}
		catch (Exception ex) {
			tally.add(ex.getClass().getSimpleName(), start);
			pause(); // no server to answer: retry as a client would, not in a tight loop
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private HttpRequest.Builder graphql(String document, Duration timeout) {
		return HttpRequest.newBuilder(this.url)
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(json(document, null)));
	}

	/** A GraphQL request body; {@code variables} is JSON already. */
	private static String json(String document, String variables) {
		return "{\"query\": " + quote(document) + ((variables != null) ? ", \"variables\": " + variables : "") + "}";
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String codes(String body) {
		Map<String, Integer> codes = new TreeMap<>();
		Matcher matcher = CODE.matcher(body);
		while (matcher.find()) {
			codes.merge(matcher.group(1), 1, Integer::sum);
		}
		return codes.isEmpty() ? "" : " " + codes.keySet();
	}

	/** A socket to the server from a source address of our choosing. */
	private Socket connect(InetAddress source, int receiveBuffer) throws IOException {
		Socket socket = new Socket();
		if (receiveBuffer > 0) {
			socket.setReceiveBufferSize(receiveBuffer); // before connect, so the window stays small
		}
		socket.bind(new InetSocketAddress(source, 0));
		socket.connect(this.server, 10_000);
		return socket;
	}

	private String requestHead(String method, String path, String... headers) {
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + this.url.getHost() + ":"
				+ this.url.getPort() + "\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		return head.append("\r\n").toString();
	}

	/** Reads a response's head (status line and headers), byte by byte so that nothing after it is consumed. */
	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toString(StandardCharsets.ISO_8859_1);
	}

	private static String status(String head) {
		String[] parts = head.split(" ", 3);
		return (parts.length > 1 && head.startsWith("HTTP/")) ? parts[1] : "no answer";
	}

	private static String outcome(Exception ex) {
		return (ex instanceof SocketTimeoutException) ? "no answer in time" : ex.getClass().getSimpleName();
	}

	/** An attack: set up before the quiet phase, run beside the ordinary clients until the deadline, then stopped. */
	private interface Attack {

		String description();

		/** How long the attack lasts unless {@code --seconds} says otherwise. */
		default int seconds() {
			return 40;
		}

		default void prepare() throws Exception {
		}

		void run(long end) throws Exception;

		void stop();

		List<String[]> report();

	}

	/**
	 * Case 1: SSE subscribers that read their response's head and then stop reading, a well-behaved
	 * graphql-ws subscriber, and an editor publishing large articles.
	 */
	private final class SseStall implements Attack {

		private final int stalled = number("sse", 50);

		private final int articles = number("articles", 300);

		private final int bodyBytes = number("body-kb", 100) * 1024;

		private final List<Socket> sockets = new CopyOnWriteArrayList<>();

		private final Map<String, AtomicInteger> heads = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> atEnd = new ConcurrentHashMap<>();

		private final Map<String, Long> sent = new ConcurrentHashMap<>();

		private final List<Long> lags = Collections.synchronizedList(new ArrayList<>());

		private final List<String> endings = new CopyOnWriteArrayList<>();

		private final Tally publishes = new Tally();

		private final AtomicInteger received = new AtomicInteger();

		private String editorKey;

		private WebSocket subscriber;

		private long publishing;

		private ExecutorService stalledThreads;

		private volatile boolean over;

		@Override
		public String description() {
			return this.stalled + " SSE subscribers that stop reading, 1 graphql-ws subscriber, an editor publishing "
					+ this.articles + " articles of " + this.bodyBytes / 1024 + " KB";
		}

		@Override
		public int seconds() {
			return 90; // publishing takes a while
		}

		@Override
		public void prepare() throws Exception {
			this.editorKey = editorKey();
		}

		@Override
		public void run(long end) throws Exception {
			// one thread each, since the server sends the response's head only with the first event
			this.stalledThreads = Executors.newFixedThreadPool(this.stalled);
			for (int i = 0; i < this.stalled; i++) {
				int n = i;
				this.stalledThreads.submit(() -> openStalled(n, end));
			}
			this.subscriber = subscribe();
			Thread.sleep(1000); // the subscription is registered
			String run = Long.toString(System.currentTimeMillis(), 36);
			String body = ("Delegations of both parliaments met to discuss cooperation in energy and trade. ")
				.repeat(this.bodyBytes / 80 + 1)
				.substring(0, this.bodyBytes);
			long start = System.nanoTime();
			for (int n = 0; n < this.articles && System.nanoTime() < end; n++) {
				publish(run, n, body);
			}
			this.publishing = System.nanoTime() - start;
			while (System.nanoTime() < end) {
				Thread.sleep(Math.max(1, Math.min(500, (end - System.nanoTime()) / 1_000_000)));
			}
			this.over = true;
			this.stalledThreads.shutdown();
			this.stalledThreads.awaitTermination(5, TimeUnit.SECONDS);
			ExecutorService drains = Executors.newFixedThreadPool(this.stalled);
			this.sockets.forEach(socket -> drains.submit(() -> count(this.atEnd, drain(socket))));
			drains.shutdown();
			drains.awaitTermination(30, TimeUnit.SECONDS);
		}

		/**
		 * Whether the server ended a stalled stream by the end of the attack: reads what it had sent,
		 * for at most 2 s, to see an end of stream and the last error.
		 */
		private String drain(Socket socket) {
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
			StringBuilder tail = new StringBuilder();
			byte[] buffer = new byte[65536];
			try {
				socket.setSoTimeout(200);
				InputStream in = socket.getInputStream();
				while (System.nanoTime() < until) {
					int n = in.read(buffer);
					if (n < 0) {
						return "ended by the server" + codes(tail.toString());
					}
					tail.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
					tail.delete(0, Math.max(0, tail.length() - 4096));
				}
				return "still streaming";
			}
			catch (SocketTimeoutException ex) {
				return "still open" + codes(tail.toString());
			}
			catch (IOException ex) {
				return ex.getClass().getSimpleName();
			}
		}

		private void openStalled(int n, long end) {
			try {
				Socket socket = connect(source(n), number("sse-receive-buffer", 1024));
				this.sockets.add(socket);
				byte[] body = json(SUBSCRIPTION, null).getBytes(StandardCharsets.UTF_8);
				OutputStream out = socket.getOutputStream();
				out.write(requestHead("POST", this.path(), "Content-Type: application/json",
						"Accept: text/event-stream", "Content-Length: " + body.length).getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
				socket.setSoTimeout((int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
				count(this.heads, "HTTP " + status(readHead(socket.getInputStream())));
			}
			catch (Exception ex) {
				count(this.heads, outcome(ex));
			}
		}

		private String path() {
			return AttackBench.this.url.getRawPath();
		}

		private String editorKey() throws Exception {
			String key = AttackBench.this.options.get("editor-key");
			if (key != null) {
				return key;
			}
			String admin = AttackBench.this.options.get("admin-key");
			if (admin == null) {
				throw new IllegalArgumentException("sse-stall publishes articles: give --editor-key or --admin-key");
			}
			HttpResponse<String> response = AttackBench.this.http.send(graphql(
					"mutation { createApiKey(name: \"AttackBench editor\", role: EDITOR) { secret } }", Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + admin)
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher secret = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
			if (!secret.find()) {
				throw new IllegalStateException("Could not create an editor key: " + response.body());
			}
			return secret.group(1);
		}

		private void publish(String run, int n, String body) {
			String input = "{\"in\": {\"url\": \"https://bench.example/attack/" + run + "/" + n + "\", \"headline\": "
					+ quote("AttackBench " + run + " article " + n) + ", \"publisher\": \"AttackBench\", "
					+ "\"publishedAt\": \"2026-01-01T10:00:00+00:00\", \"language\": \"en\", \"body\": " + quote(body) + "}}";
			HttpRequest request = HttpRequest.newBuilder(AttackBench.this.url)
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json")
				.header("Authorization", "Bearer " + this.editorKey)
				.POST(HttpRequest.BodyPublishers.ofString(json(
						"mutation($in: PublishArticleInput!) { publishArticle(input: $in) { article { id } userErrors { code } } }",
						input)))
				.build();
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = AttackBench.this.http.send(request, HttpResponse.BodyHandlers.ofString());
				Matcher id = Pattern.compile("\"article\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
				if (response.statusCode() == 200 && id.find()) {
					this.sent.put(id.group(1), start);
					this.publishes.add("ok", start);
				}
				else {
					this.publishes.add("HTTP " + response.statusCode() + codes(response.body()), start);
				}
			}
			catch (HttpTimeoutException ex) {
				this.publishes.add("timeout", start);
			}
			catch (Exception ex) {
				this.publishes.add(ex.getClass().getSimpleName(), start);
			}
		}

		private void delivered(Matcher article) {
			long now = System.nanoTime();
			this.received.incrementAndGet();
			Long sentAt = article.find() ? this.sent.get(article.group(1)) : null;
			if (sentAt != null) {
				this.lags.add(now - sentAt);
			}
		}

		/** A graphql-transport-ws client that reads everything it is sent. */
		private WebSocket subscribe() throws Exception {
			URI ws = URI.create(AttackBench.this.url.toString().replaceFirst("^http", "ws"));
			Pattern article = Pattern.compile("\"article\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");
			CompletableFuture<Void> acknowledged = new CompletableFuture<>();
			WebSocket.Listener listener = new WebSocket.Listener() {

				private final StringBuilder text = new StringBuilder();

				@Override
				public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
					this.text.append(data);
					if (last) {
						String message = this.text.toString();
						this.text.setLength(0);
						if (message.contains("\"connection_ack\"")) {
							acknowledged.complete(null);
						}
						else if (message.contains("\"ping\"")) {
							socket.sendText("{\"type\":\"pong\"}", true);
						}
						else if (message.contains("\"next\"")) {
							// once the attack is over (and the stalled streams drained), events no longer count
							if (!over) {
								delivered(article.matcher(message));
							}
						}
						else {
							endings.add(message.substring(0, Math.min(message.length(), 200)));
						}
					}
					socket.request(1);
					return null;
				}

				@Override
				public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
					endings.add("closed " + code + " " + reason);
					return null;
				}

				@Override
				public void onError(WebSocket socket, Throwable error) {
					endings.add(error.getClass().getSimpleName());
				}

			};
			WebSocket socket = AttackBench.this.http.newWebSocketBuilder()
				.subprotocols("graphql-transport-ws")
				.connectTimeout(Duration.ofSeconds(10))
				.buildAsync(ws, listener)
				.get(15, TimeUnit.SECONDS);
			socket.sendText("{\"type\":\"connection_init\"}", true).get(10, TimeUnit.SECONDS);
			acknowledged.get(15, TimeUnit.SECONDS);
			socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":" + quote(SUBSCRIPTION) + "}}", true)
				.get(10, TimeUnit.SECONDS);
			return socket;
		}

		@Override
		public void stop() {
			this.sockets.forEach(AttackBench::close);
			if (this.stalledThreads != null) {
				this.stalledThreads.shutdownNow();
			}
			if (this.subscriber != null) {
				this.subscriber.abort();
			}
		}

		@Override
		public List<String[]> report() {
			List<Long> lags = sorted(this.lags);
			return List.of(
					new String[] { this.stalled + " SSE subscribers that stop reading",
							this.sockets.size() + " connected; response heads read: " + new TreeMap<>(this.heads)
									+ "; at the end: " + new TreeMap<>(this.atEnd) },
					new String[] { "editor publishing " + this.bodyBytes / 1024 + " KB articles",
							this.publishes.summary() + " in " + inSeconds(this.publishing) + " s" },
					new String[] { "well-behaved graphql-ws subscriber",
							this.received.get() + " events of " + this.sent.size() + " published; delivery lag (from the publish request) p50 "
									+ ms(lags, 0.5) + " ms, p99 " + ms(lags, 0.99) + " ms, max " + ms(lags, 1.0) + " ms"
									+ (this.endings.isEmpty() ? "" : "; then: " + this.endings) });
		}

	}

	/** Case 2: connections that declare a body and send it one byte at a time. */
	private final class SlowBody implements Attack {

		private final int connections = number("slow", 260);

		private final int declared = number("body-kb", 100) * 1024;

		private final int interval = number("interval", 5);

		private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

		private final List<Long> answered = Collections.synchronizedList(new ArrayList<>());

		private final List<Socket> sockets = new CopyOnWriteArrayList<>();

		@Override
		public String description() {
			return this.connections + " connections from " + AttackBench.this.sources.size() + " addresses declaring "
					+ this.declared / 1024 + " KB and sending 1 byte every " + this.interval + " s";
		}

		@Override
		public void run(long end) throws Exception {
			ExecutorService threads = Executors.newFixedThreadPool(this.connections);
			for (int i = 0; i < this.connections; i++) {
				int n = i;
				threads.submit(() -> trickle(n, end));
			}
			threads.shutdown();
			threads.awaitTermination(Math.max(0, end - System.nanoTime()) + TimeUnit.SECONDS.toNanos(15), TimeUnit.NANOSECONDS);
			threads.shutdownNow();
		}

		private void trickle(int n, long end) {
			long start = System.nanoTime();
			try (Socket socket = connect(source(n), 0)) {
				this.sockets.add(socket);
				OutputStream out = socket.getOutputStream();
				out.write(requestHead("POST", AttackBench.this.url.getRawPath(), "Content-Type: application/json",
						"Content-Length: " + this.declared).getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				InputStream in = socket.getInputStream();
				while (true) {
					long left = end - System.nanoTime();
					if (left <= 0) {
						count(this.outcomes, "no answer by the end");
						return;
					}
					socket.setSoTimeout((int) Math.max(1, Math.min(this.interval * 1000L, left / 1_000_000)));
					try {
						int b = in.read();
						if (b < 0) {
							count(this.outcomes, "closed without an answer");
						}
						else {
							String head = (char) b + readHead(in);
							count(this.outcomes, "HTTP " + status(head));
							this.answered.add(System.nanoTime() - start);
						}
						return;
					}
					catch (SocketTimeoutException ex) {
						out.write(' ');
						out.flush();
					}
				}
			}
			catch (Exception ex) {
				count(this.outcomes, outcome(ex));
			}
		}

		@Override
		public void stop() {
			this.sockets.forEach(AttackBench::close);
		}

		@Override
		public List<String[]> report() {
			List<Long> answered = sorted(this.answered);
			return List.<String[]>of(new String[] { this.connections + " slow bodies",
					new TreeMap<>(this.outcomes) + (answered.isEmpty() ? ""
							: "; answered after p50 " + ms(answered, 0.5) + " ms, max " + ms(answered, 1.0) + " ms") });
		}

	}

	/** Case 3: many graphql-ws connections that send {@code connection_init} and then idle. */
	private final class WsFlood implements Attack {

		private final int connections = number("ws", 3000);

		private final Map<String, AtomicInteger> opened = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> atEnd = new ConcurrentHashMap<>();

		private final List<Socket> accepted = new CopyOnWriteArrayList<>();

		private final AtomicInteger attempts = new AtomicInteger();

		private long opening;

		@Override
		public String description() {
			return "up to " + this.connections + " graphql-ws connections from " + AttackBench.this.sources.size()
					+ " addresses, each sending connection_init and then idling";
		}

		@Override
		public void run(long end) throws Exception {
			long start = System.nanoTime();
			ExecutorService openers = Executors.newFixedThreadPool(number("openers", 16));
			for (int i = 0; i < this.connections; i++) {
				int n = i;
				openers.submit(() -> {
					if (System.nanoTime() < end) {
						this.attempts.incrementAndGet();
						open(n);
					}
				});
			}
			openers.shutdown();
			openers.awaitTermination(Math.max(0, end - System.nanoTime()) + TimeUnit.SECONDS.toNanos(30), TimeUnit.NANOSECONDS);
			this.opening = System.nanoTime() - start;
			while (System.nanoTime() < end) {
				Thread.sleep(Math.max(1, Math.min(500, (end - System.nanoTime()) / 1_000_000)));
			}
			ExecutorService checkers = Executors.newFixedThreadPool(16);
			for (Socket socket : this.accepted) {
				checkers.submit(() -> count(this.atEnd, stillOpen(socket)));
			}
			checkers.shutdown();
			checkers.awaitTermination(60, TimeUnit.SECONDS);
		}

		private void open(int n) {
			Socket socket = null;
			try {
				socket = connect(source(n), 0);
				socket.setSoTimeout(10_000);
				byte[] key = new byte[16];
				new SecureRandom().nextBytes(key);
				OutputStream out = socket.getOutputStream();
				out.write(requestHead("GET", AttackBench.this.url.getRawPath(), "Upgrade: websocket", "Connection: Upgrade",
						"Sec-WebSocket-Version: 13", "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key),
						"Sec-WebSocket-Protocol: graphql-transport-ws").getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				String status = status(readHead(socket.getInputStream()));
				if (!status.equals("101")) {
					count(this.opened, "refused: HTTP " + status);
					close(socket);
					return;
				}
				sendText(out, "{\"type\":\"connection_init\"}");
				while (true) {
					Frame frame = Frame.read(socket.getInputStream());
					if (frame == null) {
						count(this.opened, "closed before connection_ack");
						close(socket);
						return;
					}
					if (frame.closeCode() != null) {
						count(this.opened, "refused: close " + frame.closeCode());
						close(socket);
						return;
					}
					if (frame.text().contains("connection_ack")) {
						count(this.opened, "accepted (connection_ack)");
						this.accepted.add(socket);
						return;
					}
				}
			}
			catch (Exception ex) {
				count(this.opened, outcome(ex));
				close(socket);
			}
		}

		/** Whether the server closed the connection while it idled (a quick look at what it sent). */
		private String stillOpen(Socket socket) {
			try {
				socket.setSoTimeout(1);
				while (true) {
					Frame frame = Frame.read(socket.getInputStream());
					if (frame == null) {
						return "closed by the server";
					}
					if (frame.closeCode() != null) {
						return "closed by the server: " + frame.closeCode();
					}
				}
			}
			catch (SocketTimeoutException ex) {
				return "still open";
			}
			catch (IOException ex) {
				return ex.getClass().getSimpleName();
			}
		}

		@Override
		public void stop() {
			for (Socket socket : this.accepted) {
				try {
					socket.getOutputStream().write(new byte[] { (byte) 0x88, (byte) 0x82, 0, 0, 0, 0, 0x03, (byte) 0xe8 });
				}
				catch (IOException ex) {
					// already gone: closing is all that is left
				}
				close(socket);
			}
		}

		@Override
		public List<String[]> report() {
			return List.of(
					new String[] { "connections opened",
							this.attempts + " attempted in " + inSeconds(this.opening) + " s: " + new TreeMap<>(this.opened) },
					new String[] { "accepted ones at the end of the attack", new TreeMap<>(this.atEnd).toString() });
		}

		/** A masked text frame, as a client must send it. */
		private static void sendText(OutputStream out, String text) throws IOException {
			byte[] payload = text.getBytes(StandardCharsets.UTF_8);
			byte[] mask = new byte[4];
			new SecureRandom().nextBytes(mask);
			ByteArrayOutputStream frame = new ByteArrayOutputStream();
			frame.write(0x81);
			frame.write(0x80 | payload.length); // short messages only
			frame.write(mask);
			for (int i = 0; i < payload.length; i++) {
				frame.write(payload[i] ^ mask[i % 4]);
			}
			out.write(frame.toByteArray());
			out.flush();
		}

	}

	/** A WebSocket frame from the server (unmasked). */
	private record Frame(int opcode, byte[] payload) {

		static Frame read(InputStream in) throws IOException {
			int first = in.read();
			if (first < 0) {
				return null;
			}
			long length = readFully(in, 1)[0] & 0x7f;
			if (length == 126) {
				byte[] b = readFully(in, 2);
				length = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
			}
			else if (length == 127) {
				byte[] b = readFully(in, 8);
				length = 0;
				for (byte x : b) {
					length = (length << 8) | (x & 0xff);
				}
			}
			return new Frame(first & 0x0f, readFully(in, (int) Math.min(length, 1 << 20)));
		}

		Integer closeCode() {
			if (this.opcode != 8) {
				return null;
			}
			return (this.payload.length >= 2) ? ((this.payload[0] & 0xff) << 8) | (this.payload[1] & 0xff) : 1005;
		}

		String text() {
			return (this.opcode == 1) ? new String(this.payload, StandardCharsets.UTF_8) : "";
		}

		private static byte[] readFully(InputStream in, int n) throws IOException {
			byte[] bytes = in.readNBytes(n);
			if (bytes.length < n) {
				throw new IOException("Connection closed inside a frame");
			}
			return bytes;
		}

	}

	/** Case 4: clients sending documents of many aliased searches for many prefix terms. */
	private final class SearchFlood implements Attack {

		private final int clients = number("searchers", 12);

		private final String document;

		private final Tally tally = new Tally();

		SearchFlood() {
			List<String> prefixes = List.of("pa", "co", "de", "in", "re", "pr", "se", "st", "ma", "mi", "na", "ca", "th",
					"an", "of", "to");
			String query = option("search-query",
					String.join(" OR ", prefixes.subList(0, Math.min(prefixes.size(), number("terms", 16)))));
			this.document = "{ " + IntStream.range(0, number("aliases", 15))
				.mapToObj(i -> "s" + i + ": search(query: " + quote(query) + ") { totalCount edges { score snippet { text } } }")
				.collect(Collectors.joining(" ")) + " }";
		}

		@Override
		public String description() {
			return this.clients + " clients from " + Math.min(this.clients, AttackBench.this.sources.size())
					+ " addresses, each sending, in a loop, " + this.document.substring(0, Math.min(160, this.document.length())) + "…";
		}

		@Override
		public void run(long end) throws Exception {
			ExecutorService threads = Executors.newFixedThreadPool(this.clients);
			for (int i = 0; i < this.clients; i++) {
				int n = i;
				threads.submit(() -> {
					while (System.nanoTime() < end) {
						search(source(n));
					}
				});
			}
			threads.shutdown();
			threads.awaitTermination(Math.max(0, end - System.nanoTime()) + TimeUnit.SECONDS.toNanos(40), TimeUnit.NANOSECONDS);
			threads.shutdownNow();
		}

		/** One search request over a socket of its own, so that it comes from the attacker's address. */
		private void search(InetAddress source) {
			long start = System.nanoTime();
			try (Socket socket = connect(source, 0)) {
				socket.setSoTimeout(30_000);
				byte[] body = json(this.document, null).getBytes(StandardCharsets.UTF_8);
				OutputStream out = socket.getOutputStream();
				out.write(requestHead("POST", AttackBench.this.url.getRawPath(), "Content-Type: application/json",
						"Accept: application/graphql-response+json", "Connection: close", "Content-Length: " + body.length)
					.getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
				String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				String status = status(response);
				boolean errors = response.contains("\"errors\"");
				this.tally.add("HTTP " + status + (errors ? codes(response) : " ok"), start);
			}
			catch (Exception ex) {
				this.tally.add(outcome(ex), start);
			}
		}

		@Override
		public void stop() {
		}

		@Override
		public List<String[]> report() {
			return List.<String[]>of(new String[] { this.clients + " search clients", this.tally.summary() });
		}

	}

	/** The server's heap, threads and readiness, sampled every second. */
	private final class Sampler {

		private final AtomicLong heap = new AtomicLong(-1);

		private final AtomicLong jvmThreads = new AtomicLong(-1);

		private final AtomicLong osThreads = new AtomicLong(-1);

		private final AtomicLong rss = new AtomicLong(-1);

		private final Map<String, AtomicInteger> readiness = new ConcurrentHashMap<>();

		void run(long end) {
			while (System.nanoTime() < end) {
				long next = System.nanoTime() + 1_000_000_000L;
				sample();
				try {
					Thread.sleep(Math.max(0, Math.min(next, end) - System.nanoTime()) / 1_000_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		void sample() {
			Duration timeout = Duration.ofSeconds(2);
			try {
				String metrics = AttackBench.this.http
					.send(HttpRequest.newBuilder(AttackBench.this.url.resolve("/actuator/prometheus")).timeout(timeout).build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
				max(this.heap, (long) metric(metrics, "jvm_memory_used_bytes{area=\"heap\""));
				max(this.jvmThreads, (long) metric(metrics, "jvm_threads_live_threads"));
			}
			catch (Exception ex) {
				// the server could not answer; readiness below counts it
			}
			String ready;
			try {
				int status = AttackBench.this.http
					.send(HttpRequest.newBuilder(AttackBench.this.url.resolve("/actuator/health/readiness")).timeout(timeout).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode();
				ready = (status == 200) ? "UP" : (status == 503) ? "DOWN" : "HTTP " + status;
			}
			catch (Exception ex) {
				ready = "no answer";
			}
			String pid = AttackBench.this.options.get("pid");
			if (pid != null) {
				try {
					String status = Files.readString(Path.of("/proc", pid, "status"));
					if (status.contains("zombie")) {
						ready = "process ended";
					}
					else {
						max(this.osThreads, field(status, "Threads:"));
						max(this.rss, field(status, "VmRSS:") * 1024);
					}
				}
				catch (IOException ex) {
					ready = "process ended";
				}
			}
			count(this.readiness, ready);
		}

		String columns() {
			return String.join(" | ", mb(this.heap), plain(this.jvmThreads), plain(this.osThreads), mb(this.rss),
					new TreeMap<>(this.readiness).toString());
		}

		private static String mb(AtomicLong bytes) {
			return (bytes.get() < 0) ? "n/a" : Long.toString(bytes.get() >> 20);
		}

		private static String plain(AtomicLong value) {
			return (value.get() < 0) ? "n/a" : Long.toString(value.get());
		}

		private static void max(AtomicLong max, long value) {
			max.accumulateAndGet(value, Math::max);
		}

		/** The sum of a Prometheus metric's samples whose line starts so. */
		private static double metric(String metrics, String prefix) {
			return metrics.lines()
				.filter(line -> line.startsWith(prefix))
				.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.sum();
		}

		private static long field(String status, String name) {
			return status.lines()
				.filter(line -> line.startsWith(name))
				.map(line -> line.substring(name.length()).trim().split("\\s+")[0])
				.mapToLong(Long::parseLong)
				.findFirst()
				.orElse(-1);
		}

	}

	private record Phase(Tally tally, Sampler sampler) {

		String row(String name) {
			return "| " + name + " | " + this.tally.row() + " | " + this.sampler.columns() + " |";
		}

	}

	/** Outcomes and latencies (of every request, timed out ones at the time they gave up). */
	private static final class Tally {

		private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

		private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

		void add(String outcome, long start) {
			this.nanos.add(System.nanoTime() - start);
			count(this.outcomes, outcome);
		}

		int tallied(Predicate<String> which) {
			return this.outcomes.entrySet().stream().filter(e -> which.test(e.getKey())).mapToInt(e -> e.getValue().get()).sum();
		}

		String row() {
			List<Long> sorted = sorted(this.nanos);
			Map<String, AtomicInteger> failed = new TreeMap<>(this.outcomes);
			failed.remove("ok");
			failed.remove("timeout");
			return String.join(" | ", Integer.toString(tallied("ok"::equals)),
					tallied(o -> !o.equals("ok") && !o.equals("timeout")) + (failed.isEmpty() ? "" : " " + failed),
					Integer.toString(tallied("timeout"::equals)), ms(sorted, 0.5), ms(sorted, 0.99), ms(sorted, 1.0));
		}

		String summary() {
			List<Long> sorted = sorted(this.nanos);
			return sorted.size() + " requests " + new TreeMap<>(this.outcomes) + ", p50 " + ms(sorted, 0.5) + " ms, p99 "
					+ ms(sorted, 0.99) + " ms, max " + ms(sorted, 1.0) + " ms";
		}

	}

	private static void count(Map<String, AtomicInteger> counts, String key) {
		counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
	}

	private static List<Long> sorted(List<Long> values) {
		List<Long> sorted;
		synchronized (values) {
			sorted = new ArrayList<>(values);
		}
		Collections.sort(sorted);
		return sorted;
	}

	private static String ms(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return "-";
		}
		long nanos = sorted.get((int) Math.max(0, Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)));
		return "%.1f".formatted(nanos / 1e6);
	}

	private static String inSeconds(long nanos) {
		return "%.1f".formatted(nanos / 1e9);
	}

	private static void close(Socket socket) {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// closing is best effort: the socket is gone either way
			}
		}
	}

}
