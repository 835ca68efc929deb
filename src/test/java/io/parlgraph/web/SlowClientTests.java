package io.parlgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.parlgraph.GraphQlRequests.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send their request bodies a byte at a time, or open many requests at once,
 * hold only their share of the server: everyone else's requests are answered meanwhile.
 * Attackers connect from other loopback addresses (127.0.0.2 and up) than the ordinary
 * client (127.0.0.1).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.threads.max=20", "parlgraph.limits.connections.slow-bodies=5",
				"parlgraph.limits.connections.body-timeout=2s", "parlgraph.limits.connections.requests-per-address=4" })
class SlowClientTests {

	private static final String QUERY = body("{ __typename }");

	@LocalServerPort
	private int port;

	private final List<Socket> attackers = new ArrayList<>();

	private final ScheduledExecutorService dribble = Executors.newSingleThreadScheduledExecutor();

	@AfterEach
	void closeAttackers() throws IOException {
		this.dribble.shutdownNow();
		for (Socket attacker : this.attackers) {
			attacker.close();
		}
	}

	@Test
	void bodiesSentAByteAtATimeLeaveTheOtherWorkersFreeAndTimeOut() throws Exception {
		// 30 slow bodies from 10 addresses: more than the server's 20 worker threads
		for (int i = 0; i < 30; i++) {
			this.attackers.add(slowBody("127.0.0." + (2 + i % 10)));
		}
		this.dribble.scheduleAtFixedRate(() -> this.attackers.forEach(SlowClientTests::sendOneByte), 500, 500,
				TimeUnit.MILLISECONDS);

		for (int i = 0; i < 10; i++) {
			assertThat(statusOf(ordinaryRequest(i % 2 == 0))).as("an ordinary request during the attack")
				.isEqualTo(200);
		}

		List<String> refusals = new ArrayList<>();
		for (Socket attacker : this.attackers) {
			refusals.add(refusalOf(attacker));
		}
		// five were read (slow-bodies=5) until the body timeout; the others were refused
		// at once
		assertThat(refusals).containsOnly("408 BODY_TIMEOUT", "503 SERVER_BUSY");
		assertThat(refusals).filteredOn("408 BODY_TIMEOUT"::equals).hasSizeLessThanOrEqualTo(5);
	}

	@Test
	void oneAddressMayHaveOnlySoManyRequestsInProgress() throws Exception {
		for (int i = 0; i < 8; i++) {
			this.attackers.add(slowBody("127.0.0.20"));
		}
		this.dribble.scheduleAtFixedRate(() -> this.attackers.forEach(SlowClientTests::sendOneByte), 500, 500,
				TimeUnit.MILLISECONDS);

		List<String> refusals = new ArrayList<>();
		for (Socket attacker : this.attackers) {
			refusals.add(refusalOf(attacker));
		}

		// requests-per-address=4: the four in progress were read until the body timeout,
		// the four past the cap refused at once
		assertThat(refusals).filteredOn("503 TOO_MANY_CONCURRENT_REQUESTS"::equals).hasSize(4);
		assertThat(refusals).filteredOn("408 BODY_TIMEOUT"::equals).hasSize(4);
		assertThat(statusOf(ordinaryRequest(false))).isEqualTo(200);
	}

	/** A POST that declares a 100 KB body and sends its first byte. */
	private Socket slowBody(String fromAddress) throws IOException {
		Socket socket = connect(fromAddress);
		socket.getOutputStream()
			.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100000\r\n\r\n{")
				.getBytes(StandardCharsets.US_ASCII));
		return socket;
	}

	private static void sendOneByte(Socket socket) {
		try {
			socket.getOutputStream().write(' ');
		}
		catch (IOException ex) {
			// the server has answered and closed this one
		}
	}

	/**
	 * A query whose headers and body go out in one write, as most clients send a small
	 * request, or in two (as Java's HTTP client does): either way its body arrives at
	 * once.
	 */
	private Socket ordinaryRequest(boolean bodyApart) throws IOException {
		Socket socket = connect("127.0.0.1");
		byte[] json = QUERY.getBytes(StandardCharsets.UTF_8);
		OutputStream out = socket.getOutputStream();
		String head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
				+ "Content-Length: " + json.length + "\r\n\r\n";
		if (bodyApart) {
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			out.write(json);
		}
		else {
			out.write((head + QUERY).getBytes(StandardCharsets.UTF_8));
		}
		out.flush();
		return socket;
	}

	private Socket connect(String fromAddress) throws IOException {
		Socket socket = new Socket();
		socket.bind(new InetSocketAddress(fromAddress, 0));
		socket.connect(new InetSocketAddress("127.0.0.1", this.port), 2_000);
		socket.setSoTimeout(5_000);
		return socket;
	}

	/**
	 * The status and error code of the response on the socket, which must come within the
	 * socket's timeout (5 s).
	 */
	private static String refusalOf(Socket socket) throws IOException {
		try (socket) {
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			Matcher code = Pattern.compile("\"code\":\"(\\w+)\"").matcher(response);
			assertThat(code.find()).as(response).isTrue();
			return response.substring(9, 12) + " " + code.group(1);
		}
	}

	/**
	 * The status of the response on the socket, which must come within the socket's
	 * timeout (5 s).
	 */
	private static int statusOf(Socket socket) throws IOException {
		try (socket) {
			InputStream in = socket.getInputStream();
			byte[] statusLine = new byte[12];
			int read = in.readNBytes(statusLine, 0, statusLine.length);
			String line = new String(statusLine, 0, read, StandardCharsets.US_ASCII);
			assertThat(line).startsWith("HTTP/1.1 ");
			return Integer.parseInt(line.substring(9, 12));
		}
	}

}
