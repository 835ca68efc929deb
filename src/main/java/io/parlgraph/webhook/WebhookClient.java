package io.parlgraph.webhook;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import io.parlgraph.webhook.EndpointGuard.Endpoint;
import io.parlgraph.webhook.EndpointGuard.RefusedEndpointException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Posts a message to an endpoint over HTTP/1.1, connecting to the addresses
 * {@link EndpointGuard} checked (a general-purpose client would resolve the name again).
 * HTTPS verifies the endpoint's certificate against its host name. Redirects are not
 * followed: a 3xx is a failure. Only the status and the first {@value #BODY_START} bytes
 * of the answer are read.
 */
@Component
class WebhookClient {

	static final int BODY_START = 1024;

	private static final int MAX_HEAD = 16 * 1024;

	private final EndpointGuard guard;

	private final int connectTimeoutMillis;

	private final long readTimeoutMillis;

	WebhookClient(EndpointGuard guard, WebhookProperties properties) {
		this.guard = guard;
		this.connectTimeoutMillis = (int) properties.connectTimeout().toMillis();
		this.readTimeoutMillis = properties.readTimeout().toMillis();
	}

	/**
	 * What one attempt came to: a status (any answer), or a failure (no answer, or not a
	 * 2xx).
	 */
	record Attempt(@Nullable Integer statusCode, @Nullable String failure, Duration duration,
			@Nullable String responseBody) {

		boolean succeeded() {
			return this.failure == null;
		}

	}

	Attempt post(String url, Map<String, String> headers, String body) {
		long started = System.nanoTime();
		try {
			Endpoint endpoint = this.guard.resolve(url);
			try (Socket socket = connect(endpoint)) {
				send(socket.getOutputStream(), endpoint, headers, body.getBytes(StandardCharsets.UTF_8));
				return read(socket, started, System.nanoTime() + this.readTimeoutMillis * 1_000_000);
			}
		}
		catch (RefusedEndpointException ex) {
			return failed(started, "Refused: " + ex.getMessage());
		}
		catch (SocketTimeoutException ex) {
			return failed(started, "Timed out: no answer within the time allowed");
		}
		catch (ConnectException ex) {
			return failed(started, "Could not connect: " + ex.getMessage());
		}
		catch (IOException ex) {
			return failed(started, "Failed: " + ex);
		}
	}

	private Socket connect(Endpoint endpoint) throws IOException {
		IOException last = null;
		for (InetAddress address : endpoint.addresses()) {
			Socket socket = new Socket();
			try {
				socket.connect(new InetSocketAddress(address, endpoint.port()), this.connectTimeoutMillis);
				return endpoint.https() ? tls(socket, endpoint) : socket;
			}
			catch (IOException ex) {
				socket.close();
				last = ex;
			}
		}
		throw (last != null) ? last : new ConnectException("No address for " + endpoint.host());
	}

	private SSLSocket tls(Socket socket, Endpoint endpoint) throws IOException {
		SSLSocket tls;
		try {
			tls = (SSLSocket) SSLContext.getDefault()
				.getSocketFactory()
				.createSocket(socket, endpoint.host(), endpoint.port(), true);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has TLS", ex);
		}
		SSLParameters parameters = tls.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		if (!Character.isDigit(endpoint.host().charAt(0)) && !endpoint.host().contains(":")) {
			parameters.setServerNames(List.of(new SNIHostName(endpoint.host())));
		}
		tls.setSSLParameters(parameters);
		tls.setSoTimeout(this.connectTimeoutMillis);
		tls.startHandshake();
		return tls;
	}

	private static void send(OutputStream out, Endpoint endpoint, Map<String, String> headers, byte[] body)
			throws IOException {
		boolean defaultPort = endpoint.port() == (endpoint.https() ? 443 : 80);
		StringBuilder head = new StringBuilder("POST ").append(endpoint.target()).append(" HTTP/1.1\r\n");
		head.append("Host: ").append(endpoint.uri().getHost());
		head.append(defaultPort ? "" : ":" + endpoint.port()).append("\r\n");
		head.append("User-Agent: ParlGraph-Webhooks\r\n");
		head.append("Content-Type: application/json\r\n");
		head.append("Content-Length: ").append(body.length).append("\r\n");
		head.append("Connection: close\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	/**
	 * Reads the status, the headers and the start of the body, all before the deadline.
	 */
	private static Attempt read(Socket socket, long started, long deadline) throws IOException {
		Deadlined in = new Deadlined(socket, deadline);
		String statusLine = in.line();
		String[] parts = statusLine.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
			return failed(started, "Not an HTTP answer: " + abbreviate(statusLine));
		}
		int status = Integer.parseInt(parts[1]);
		boolean chunked = false;
		long length = -1;
		String location = null;
		for (String line = in.line(); !line.isEmpty(); line = in.line()) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).strip();
			switch (name) {
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "content-length" -> length = parseLength(value);
				case "location" -> location = value;
				default -> {
				}
			}
		}
		String body;
		try {
			body = in.bodyStart(chunked, length);
		}
		catch (IOException ex) {
			body = null; // the status is what counts; the body is only shown
		}
		Duration duration = Duration.ofNanos(System.nanoTime() - started);
		String failure = null;
		if (status >= 300 && status < 400) {
			failure = "Redirects are not followed (to " + ((location != null) ? abbreviate(location) : "nowhere") + ")";
		}
		else if (status < 200 || status >= 300) {
			failure = "HTTP " + status;
		}
		return new Attempt(status, failure, duration, body);
	}

	private static long parseLength(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static Attempt failed(long started, String failure) {
		return new Attempt(null, failure, Duration.ofNanos(System.nanoTime() - started), null);
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	/** The answer's bytes, each read given only what is left of the time allowed. */
	private static final class Deadlined {

		private final Socket socket;

		private final InputStream in;

		private final long deadline;

		private int headBytes;

		Deadlined(Socket socket, long deadline) throws IOException {
			this.socket = socket;
			this.in = new BufferedInputStream(socket.getInputStream());
			this.deadline = deadline;
		}

		int read() throws IOException {
			long left = (this.deadline - System.nanoTime()) / 1_000_000;
			if (left <= 0) {
				throw new SocketTimeoutException("deadline passed");
			}
			this.socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
			return this.in.read();
		}

		/** A line of the head, without its CRLF. */
		String line() throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int b = read(); b != '\n'; b = read()) {
				if (b == -1) {
					throw new IOException("The connection closed before the answer's head ended");
				}
				if (++this.headBytes > MAX_HEAD) {
					throw new IOException("The answer's head is longer than " + MAX_HEAD + " bytes");
				}
				if (b != '\r') {
					line.write(b);
				}
			}
			return line.toString(StandardCharsets.ISO_8859_1);
		}

		String bodyStart(boolean chunked, long length) throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (chunked) {
				for (long chunk = Long.parseLong(line().split(";")[0].strip(), 16); chunk > 0
						&& body.size() < BODY_START; chunk = Long.parseLong(line().split(";")[0].strip(), 16)) {
					copy(body, chunk);
					if (body.size() < BODY_START) {
						line(); // the CRLF after the chunk
					}
				}
			}
			else {
				copy(body, (length >= 0) ? length : Long.MAX_VALUE);
			}
			return body.toString(StandardCharsets.UTF_8);
		}

		private void copy(ByteArrayOutputStream body, long length) throws IOException {
			for (long i = 0; i < length && body.size() < BODY_START; i++) {
				int b = read();
				if (b == -1) {
					return;
				}
				body.write(b);
			}
		}

	}

}
