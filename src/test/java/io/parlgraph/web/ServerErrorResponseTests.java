package io.parlgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a raw socket: requests refused before they reach the application (by Tomcat's
 * parser, or by Spring Security's firewall) and {@code /error} itself get a clean status
 * with the security headers, never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ServerErrorResponseTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a malformed request line               | GET /a b c HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n          | 400
					an unknown transfer encoding           | POST /graphql HTTP/1.1\\r\\nHost: localhost\\r\\nTransfer-Encoding: gzip\\r\\n\\r\\n | 501
					an unsupported HTTP version            | GET /graphql HTTP/2.5\\r\\nHost: localhost\\r\\n\\r\\n      | 505
					an unknown HTTP method                 | FOO /graphql HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n      | 400
					a direct request for the error page    | GET /error HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n         | 404
					the error page, percent-encoded        | GET /%65rror HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n       | 404
					the error page with a query            | GET /error?x=1 HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n     | 404
					""")
	void aRefusedRequestGetsACleanStatusAndTheSecurityHeaders(String what, String request, int status)
			throws IOException {
		String response = exchange(request.strip().replace("\\r\\n", "\r\n"));
		assertThat(response).startsWith("HTTP/1.1 " + status + " ");
		assertThat(response).contains(
				"Content-Security-Policy: " + SecurityHeadersFilter.CONTENT_SECURITY_POLICY + "\r\n",
				"X-Content-Type-Options: nosniff\r\n", "X-Frame-Options: DENY\r\n", "Referrer-Policy: no-referrer\r\n");
	}

	/**
	 * Sends the request, closing the connection after it, and returns what the server
	 * answered.
	 */
	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			socket.shutdownOutput();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
