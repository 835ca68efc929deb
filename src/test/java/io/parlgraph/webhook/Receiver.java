package io.parlgraph.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on a port of its own (127.0.0.1), answering each request as
 * {@code answer} says for its number (1, 2, ...): a status, or {@link #HANG} to never
 * answer. It keeps every request, and the messages' IDs first seen, as a receiver that
 * deduplicates by {@code webhook-id} would.
 */
public final class Receiver implements AutoCloseable {

	/** An answer that never comes. */
	public static final int HANG = -1;

	private final HttpServer server;

	private final IntFunction<Integer> answer;

	private final List<Request> requests = new ArrayList<>();

	private final AtomicInteger inProgress = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	private final CountDownLatch closed = new CountDownLatch(1);

	/** A request as received: its headers (lowercase names) and body. */
	public record Request(Map<String, String> headers, String body) {

		public String id() {
			return this.headers.get("webhook-id");
		}

		/** The body's JSON. */
		@SuppressWarnings("unchecked")
		public Map<String, Object> json() {
			return JsonMapper.shared().readValue(this.body, Map.class);
		}

		/** A field of the body's {@code data}, e.g. {@code article.id}. */
		public Object data(String path) {
			Object value = json().get("data");
			for (String name : path.split("\\.")) {
				value = ((Map<?, ?>) value).get(name);
			}
			return value;
		}

	}

	private Receiver(IntFunction<Integer> answer) throws IOException {
		this.answer = answer;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/**
	 * A receiver whose answer to the n-th request (from 1) is {@code answer.apply(n)}.
	 */
	public static Receiver answering(IntFunction<Integer> answer) throws IOException {
		return new Receiver(answer);
	}

	/** A receiver that answers every request with the status. */
	public static Receiver always(int status) throws IOException {
		return new Receiver(n -> status);
	}

	private void handle(HttpExchange exchange) throws IOException {
		int now = this.inProgress.incrementAndGet();
		this.mostAtOnce.accumulateAndGet(now, Math::max);
		try {
			Map<String, String> headers = new java.util.TreeMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			int number;
			synchronized (this.requests) {
				this.requests.add(new Request(headers, body));
				number = this.requests.size();
			}
			int status = this.answer.apply(number);
			if (status == HANG) {
				this.closed.await();
				return;
			}
			if (status >= 300 && status < 400) {
				exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
			}
			byte[] answer = ("answer " + number).getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, answer.length);
			exchange.getResponseBody().write(answer);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.inProgress.decrementAndGet();
			exchange.close();
		}
	}

	/** The endpoint URL. */
	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	/** Every request so far, in the order received. */
	public List<Request> requests() {
		synchronized (this.requests) {
			return List.copyOf(this.requests);
		}
	}

	/**
	 * The message IDs in the order first received: what a receiver that drops repeats
	 * processes.
	 */
	public List<String> distinctIds() {
		return List.copyOf(new LinkedHashSet<>(requests().stream().map(Request::id).toList()));
	}

	/** The most requests that were in progress at one time. */
	public int mostAtOnce() {
		return this.mostAtOnce.get();
	}

	@Override
	public void close() {
		this.closed.countDown();
		this.server.stop(0);
	}

}
