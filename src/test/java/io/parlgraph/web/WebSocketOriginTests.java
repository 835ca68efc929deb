package io.parlgraph.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.parlgraph.GraphQlRequests.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a real socket: WebSocket upgrades from another site's pages are refused (a browser
 * sends their Origin), an offer of compression is declined, and a body without
 * Content-Length is cut off at the body size limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebSocketOriginTests {

	@LocalServerPort
	private int port;

	@Test
	void anUpgradeFromAForeignOriginIsRefused() throws IOException {
		assertThat(upgrade("https://evil.example")).startsWith("HTTP/1.1 403");
	}

	@Test
	void anUpgradeWithAMalformedOriginIsRefused() throws IOException {
		assertThat(upgrade("http://x:y")).startsWith("HTTP/1.1 403");
	}

	@Test
	void anUpgradeFromTheSameOriginOrFromANonBrowserClientIsAccepted() throws IOException {
		assertThat(upgrade("http://localhost:" + this.port)).startsWith("HTTP/1.1 101");
		assertThat(upgrade(null)).startsWith("HTTP/1.1 101");
	}

	@Test
	void anUpgradeOfferingCompressionIsAcceptedWithoutIt() throws IOException {
		String offer = "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n";

		String response = upgrade(null, offer);

		assertThat(response).startsWith("HTTP/1.1 101");
		assertThat(response.toLowerCase(Locale.ROOT)).doesNotContain("sec-websocket-extensions");
	}

	@Test
	void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
		byte[] large = body("{" + " ".repeat(300 * 1024) + "__typename }").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> refused = postChunked(large);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("\"code\":\"REQUEST_TOO_LARGE\"");

		HttpResponse<String> accepted = postChunked(body("{ __typename }").getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
	}

	private String upgrade(@Nullable String origin) throws IOException {
		return upgrade(origin, "");
	}

	/**
	 * Sends a WebSocket upgrade request for the GraphQL endpoint, with the given header
	 * lines, and returns the response's status line and headers.
	 */
	private String upgrade(@Nullable String origin, String headers) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			String request = "GET /graphql HTTP/1.1\r\nHost: localhost:" + this.port + "\r\n"
					+ "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
					+ "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n"
					+ ((origin != null) ? "Origin: " + origin + "\r\n" : "") + headers + "\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder head = new StringBuilder();
			while (!head.toString().endsWith("\r\n\r\n")) {
				int next = in.read();
				if (next == -1) {
					break;
				}
				head.append((char) next);
			}
			return head.toString();
		}
	}

	private HttpResponse<String> postChunked(byte[] content) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(content)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
