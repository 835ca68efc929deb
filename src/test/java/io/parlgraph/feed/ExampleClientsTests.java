package io.parlgraph.feed;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.parlgraph.Api;
import io.parlgraph.write.WriteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example clients of docs/examples, run as a user would (node, python3): each prints
 * the events after its cursor, and after its connection is dropped resumes from the last
 * one it printed, missing none and printing none twice. Node's client needs
 * {@code npm ci} in docs/examples, which this test runs when node_modules is missing
 * there. A missing node or python3 fails the test: the examples are only proven where
 * they ran.
 */
@WriteTest
class ExampleClientsTests {

	private static final File EXAMPLES = new File("docs/examples");

	@LocalServerPort
	private int port;

	@Autowired
	private EventLog log;

	private Api api;

	private HttpGraphQlTester editor;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.editor = this.api.withKey(this.api.newKey("EDITOR"));
	}

	@Test
	void theNodeClientOverGraphQlWsResumesFromTheLastEventItPrinted() throws Exception {
		if (!new File(EXAMPLES, "node_modules/graphql-ws").isDirectory()) {
			assertThat(run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")).waitFor()).as("npm ci").isZero();
		}
		try (DroppingProxy proxy = new DroppingProxy(this.port)) {
			assertResumes("node", proxy,
					new ProcessBuilder("node", "client.mjs", ArticleEvent.cursorOf(this.log.head())).inheritIO()
						.redirectOutput(ProcessBuilder.Redirect.PIPE),
					"PARLGRAPH_WS_URL", "ws://localhost:" + proxy.port() + "/graphql");
		}
	}

	@Test
	void thePythonClientOverServerSentEventsResumesFromTheLastEventItPrinted() throws Exception {
		try (DroppingProxy proxy = new DroppingProxy(this.port)) {
			assertResumes("python", proxy,
					new ProcessBuilder("python3", "client.py", ArticleEvent.cursorOf(this.log.head())).inheritIO()
						.redirectOutput(ProcessBuilder.Redirect.PIPE),
					"PARLGRAPH_URL", "http://localhost:" + proxy.port() + "/graphql");
		}
	}

	/**
	 * Publishes two articles, drops the client's connection, publishes a third while it
	 * is away and a fourth once it is back: the client prints the four, once each, in
	 * order.
	 */
	private void assertResumes(String name, DroppingProxy proxy, ProcessBuilder command, String urlVariable, String url)
			throws Exception {
		command.environment().put(urlVariable, url);
		Process client = run(command);
		try {
			BlockingQueue<String> lines = lines(client.getInputStream());
			List<String> printed = new ArrayList<>();
			List<String> published = new ArrayList<>();
			for (String step : List.of("before-1", "before-2", "dropped", "after")) {
				if (step.equals("dropped")) {
					proxy.dropAll();
				}
				published
					.add(this.api.publish(this.editor, "https://wire.example/" + name + "-client-" + step, Map.of()));
				String line = lines.poll(60, TimeUnit.SECONDS);
				assertThat(line).as("%s printed an event for %s within 60 s (so far: %s)", name, step, printed)
					.isNotNull();
				printed.add(line);
			}
			assertThat(printed).extracting(line -> line.substring(line.indexOf(' ') + 1))
				.containsExactly("PUBLISHED Headline of https://wire.example/" + name + "-client-before-1",
						"PUBLISHED Headline of https://wire.example/" + name + "-client-before-2",
						"PUBLISHED Headline of https://wire.example/" + name + "-client-dropped",
						"PUBLISHED Headline of https://wire.example/" + name + "-client-after");
			assertThat(proxy.connections()).as("connections the client opened").isGreaterThanOrEqualTo(2);
		}
		finally {
			// ends the client without closing its output under the reader, as
			// Process.destroy would
			client.toHandle().destroy();
			client.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static Process run(ProcessBuilder command) throws IOException {
		try {
			return command.directory(EXAMPLES).start();
		}
		catch (IOException ex) {
			throw new IOException("Could not start '" + command.command().get(0)
					+ "': install it to run the example clients (Node.js 20 or later, Python 3)", ex);
		}
	}

	private static BlockingQueue<String> lines(InputStream output) {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread reader = new Thread(
				() -> new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8)).lines()
					.forEach(lines::add),
				"example-client-output");
		reader.setDaemon(true);
		reader.start();
		return lines;
	}

	/**
	 * A TCP proxy to the server that can cut every connection through it, as a network
	 * failure would.
	 */
	private static final class DroppingProxy implements AutoCloseable {

		private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

		private volatile int connections;

		DroppingProxy(int target) throws IOException {
			Thread acceptor = new Thread(() -> {
				while (!this.server.isClosed()) {
					try {
						Socket client = this.server.accept();
						Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
						this.sockets.add(client);
						this.sockets.add(upstream);
						this.connections++;
						pump(client, upstream);
						pump(upstream, client);
					}
					catch (IOException ex) {
						// closed: the test is over
					}
				}
			}, "dropping-proxy");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return this.server.getLocalPort();
		}

		int connections() {
			return this.connections;
		}

		void dropAll() throws IOException {
			for (Socket socket : this.sockets) {
				socket.close();
			}
			this.sockets.clear();
		}

		private static void pump(Socket from, Socket to) {
			Thread pump = new Thread(() -> {
				try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
					in.transferTo(out);
				}
				catch (IOException ex) {
					// one side was dropped: the other goes too
				}
				finally {
					closeQuietly(from);
					closeQuietly(to);
				}
			}, "dropping-proxy-pump");
			pump.setDaemon(true);
			pump.start();
		}

		private static void closeQuietly(Socket socket) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}

		@Override
		public void close() throws IOException {
			this.server.close();
			dropAll();
		}

	}

}
