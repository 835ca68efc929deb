package io.parlgraph.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The graphql-transport-ws protocol, frame by frame, where Spring's handler needed holding to it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GraphQlWebSocketProtocolTests {

	@LocalServerPort
	private int port;

	@Test
	void anOperationThatFailsValidationIsAnsweredWithAnErrorMessageAndNoComplete() throws Exception {
		Frames frames = connect();
		frames.send("{\"type\":\"connection_init\"}");
		assertThat(frames.next()).contains("\"connection_ack\"");

		frames.send("{\"id\":\"bad\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ noSuchField }\"}}");
		frames.send("{\"id\":\"good\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\"}}");

		assertThat(frames.next()).startsWith("{\"id\":\"bad\",\"type\":\"error\",\"payload\":[{\"message\":\"Validation error");
		assertThat(frames.next()).contains("\"id\":\"good\"", "\"next\"", "\"__typename\":\"Query\"");
		assertThat(frames.next()).contains("\"id\":\"good\"", "\"complete\"");
	}

	@Test
	void aMessageThatIsNotAProtocolMessageClosesTheConnectionWith4400() throws Exception {
		for (String message : new String[] { "not json", "{\"type\":\"no_such_type\"}", "[1, 2]" }) {
			Frames frames = connect();
			frames.send(message);
			assertThat(frames.next()).as(message).isEqualTo("closed 4400 Invalid message");
		}
	}

	private Frames connect() {
		Frames frames = new Frames();
		frames.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://localhost:" + this.port + "/graphql"), frames)
			.join();
		return frames;
	}

	/** The text frames and the close the server sends, in order. */
	private static final class Frames implements WebSocket.Listener {

		private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

		private final StringBuilder partial = new StringBuilder();

		private WebSocket socket;

		void send(String text) {
			this.socket.sendText(text, true).join();
		}

		String next() throws InterruptedException {
			String frame = this.received.poll(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
			assertThat(frame).as("a frame within 10 s").isNotNull();
			return frame;
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				this.received.add(this.partial.toString());
				this.partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			this.received.add("closed " + statusCode + " " + reason);
			return null;
		}

	}

}
