package io.parlgraph.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.parlgraph.feed.ArticleEventKind;
import io.parlgraph.feed.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graphql-transport-ws protocol, frame by frame, where Spring's handler needed
 * holding to it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:websocket-protocol;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class GraphQlWebSocketProtocolTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anOperationThatFailsValidationIsAnsweredWithAnErrorMessageAndNoComplete() throws Exception {
		Frames frames = connect();
		frames.send("{\"type\":\"connection_init\"}");
		assertThat(frames.next()).contains("\"connection_ack\"");

		frames.send("{\"id\":\"bad\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ noSuchField }\"}}");
		frames.send("{\"id\":\"good\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\"}}");

		assertThat(frames.next())
			.startsWith("{\"id\":\"bad\",\"type\":\"error\",\"payload\":[{\"message\":\"Validation error");
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

	@Test
	void anIdMayBeUsedAgainOnceItsOperationEnded() throws Exception {
		Frames frames = connect();
		frames.send("{\"type\":\"connection_init\"}");
		assertThat(frames.next()).contains("\"connection_ack\"");

		// Spring's handler forgets an ended ID a moment after it sends the end: a client
		// as quick as this
		// one would often be refused within a few tries
		for (int i = 0; i < 50; i++) {
			frames.send("{\"id\":\"again\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\"}}");
			assertThat(frames.next()).contains("\"id\":\"again\"", "\"next\"");
			assertThat(frames.next()).contains("\"id\":\"again\"", "\"complete\"");
		}
		for (int i = 0; i < 50; i++) {
			frames.send("{\"id\":\"failing\",\"type\":\"subscribe\",\"payload\":{\"query\":"
					+ "\"subscription { articleEvents(after: \\\"bogus\\\") { cursor } }\"}}");
			assertThat(frames.next()).contains("\"id\":\"failing\"", "\"error\"", "Malformed cursor");
		}
	}

	@Test
	void aDuplicateSubscribeIdClosesTheConnectionWith4409AndLogsNoError(CapturedOutput output, @Autowired EventLog log,
			@Autowired PlatformTransactionManager transactions) throws Exception {
		// a log long enough that the first subscription is still replaying it when the
		// second comes
		long article = this.jdbc.sql("select min(id) from article").query(Long.class).single();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			for (int i = 0; i < 300; i++) {
				log.append(ArticleEventKind.PUBLISHED, article, 1, "en", null);
			}
		});
		Frames frames = connect();
		frames.send("{\"type\":\"connection_init\"}");
		assertThat(frames.next()).contains("\"connection_ack\"");

		String subscribe = "{\"id\":\"twice\",\"type\":\"subscribe\",\"payload\":{\"query\":"
				+ "\"subscription { articleEvents(after: \\\"ZXZlbnQ6MA\\\") { cursor article { body } } }\"}}";
		frames.send(subscribe);
		frames.send(subscribe);

		assertThat(frames.close()).isEqualTo("closed 4409 Subscriber for twice already exists");
		// what the server does after the close (and would log) happens on other threads
		Thread.sleep(2000);
		assertThat(output.getAll()).doesNotContain("RejectedExecution", " ERROR ");
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

		/** The close, after whatever frames come before it. */
		String close() throws InterruptedException {
			String frame;
			do {
				frame = next();
			}
			while (!frame.startsWith("closed "));
			return frame;
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
