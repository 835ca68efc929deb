package io.parlgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.parlgraph.GraphQlRequests.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * WebSocket connections are capped per client address and per instance, each refused one
 * closed with 1013 and a reason; open ones hold no thread each, and queries go on being
 * answered. Connections come from several loopback addresses (127.0.0.2 and up), over raw
 * sockets.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"parlgraph.limits.connections.websockets-per-address=100", "parlgraph.limits.connections.websockets=150" })
class WebSocketLimitTests {

	@LocalServerPort
	private int port;

	private final List<Socket> connections = new ArrayList<>();

	@AfterEach
	void closeConnections() throws IOException {
		for (Socket connection : this.connections) {
			connection.close();
		}
	}

	@Test
	void connectionsPastEitherCapAreRefusedWhileOpenOnesHoldNoThreadAndQueriesAreAnswered() throws Exception {
		int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
		for (int i = 0; i < 100; i++) {
			assertThat(initialized(open("127.0.0.2"))).isEqualTo("connection_ack");
		}
		Frame pastAddressCap = frameOn(open("127.0.0.2"));
		for (int i = 0; i < 50; i++) {
			assertThat(initialized(open("127.0.0.3"))).isEqualTo("connection_ack");
		}
		Frame pastInstanceCap = frameOn(open("127.0.0.4"));

		assertThat(pastAddressCap.closeCode()).isEqualTo(1013);
		assertThat(pastAddressCap.text()).contains("Your address has 100 connections open");
		assertThat(pastInstanceCap.closeCode()).isEqualTo(1013);
		assertThat(pastInstanceCap.text()).contains("This instance holds 150 connections");
		assertThat(query()).isEqualTo(200);
		// a thread per connection would add 150
		assertThat(ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore).isLessThan(40);

		// a closed connection gives its place back, once the server has seen it close
		this.connections.get(0).close();
		await().atMost(Duration.ofSeconds(10)).until(() -> initialized(open("127.0.0.2")).equals("connection_ack"));
	}

	/**
	 * A WebSocket upgrade of {@code /graphql} from the address, for the graphql-ws
	 * protocol.
	 */
	private Socket open(String fromAddress) throws IOException {
		Socket socket = new Socket();
		this.connections.add(socket);
		socket.bind(new InetSocketAddress(fromAddress, 0));
		socket.connect(new InetSocketAddress("127.0.0.1", this.port), 2_000);
		socket.setSoTimeout(10_000);
		socket.getOutputStream()
			.write(("GET /graphql HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nUpgrade: websocket\r\n"
					+ "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
					+ "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
		InputStream in = socket.getInputStream();
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int next = in.read();
			assertThat(next).as("the upgrade response").isNotNegative();
			head.append((char) next);
		}
		assertThat(head).startsWith("HTTP/1.1 101");
		return socket;
	}

	/**
	 * Sends {@code connection_init}; the type of the server's answer, or
	 * {@code close <code>}.
	 */
	private static String initialized(Socket socket) throws IOException {
		sendText(socket, "{\"type\":\"connection_init\"}");
		Frame answer = frameOn(socket);
		return (answer.opcode() == 8) ? "close " + answer.closeCode()
				: answer.text().replaceAll(".*\"type\":\"([a-z_]+)\".*", "$1");
	}

	/** A masked text frame, as a client must send. */
	private static void sendText(Socket socket, String text) throws IOException {
		byte[] payload = text.getBytes(StandardCharsets.UTF_8);
		byte[] mask = { 1, 2, 3, 4 };
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		frame.write(0x81);
		frame.write(0x80 | payload.length);
		frame.write(mask);
		for (int i = 0; i < payload.length; i++) {
			frame.write(payload[i] ^ mask[i % 4]);
		}
		OutputStream out = socket.getOutputStream();
		out.write(frame.toByteArray());
		out.flush();
	}

	/** The next frame from the server (unmasked, shorter than 126 bytes). */
	private static Frame frameOn(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		int opcode = in.read() & 0x0F;
		int length = in.read() & 0x7F;
		return new Frame(opcode, in.readNBytes(length));
	}

	private int query() throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body("{ __typename }")))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private record Frame(int opcode, byte[] payload) {

		int closeCode() {
			return ByteBuffer.wrap(this.payload, 0, 2).getShort() & 0xFFFF;
		}

		/** The text of a text frame, or the reason of a close frame. */
		String text() {
			int start = (this.opcode == 8) ? 2 : 0;
			return new String(this.payload, start, this.payload.length - start, StandardCharsets.UTF_8);
		}

	}

}
