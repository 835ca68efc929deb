package io.parlgraph.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

import io.parlgraph.graphql.Rejection;
import io.parlgraph.limits.LimitProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request body into memory, within limits of size and time:
 * <ul>
 * <li>larger than {@code parlgraph.limits.max-body-size}: 413 and
 * {@link Rejection#REQUEST_TOO_LARGE}, at once when its {@code Content-Length} says so,
 * else (a chunked body) after reading one byte more than the limit, never more;</li>
 * <li>not arrived within {@code parlgraph.limits.connections.body-timeout}: 408 and
 * {@link Rejection#BODY_TIMEOUT} (a read that gets nothing at all fails sooner, after
 * {@code server.tomcat.connection-timeout});</li>
 * <li>a body that has not fully arrived within 50 ms of its request being taken up holds
 * a worker thread while it trickles in, so at most
 * {@code parlgraph.limits.connections.slow-bodies} such requests are read at once; past
 * that they are refused with 503 and {@link Rejection#SERVER_BUSY}, and the other workers
 * stay free for requests that are ready.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	/**
	 * How long a body may take to arrive and still count as ready, and how often to look
	 * meanwhile.
	 */
	private static final Duration ARRIVAL_GRACE = Duration.ofMillis(50);

	private static final Duration ARRIVAL_POLL = Duration.ofMillis(1);

	private final long maxBodySize;

	private final Duration bodyTimeout;

	private final Semaphore slowBodies;

	private final JsonMapper jsonMapper;

	RequestBodyLimitFilter(LimitProperties limits, ConnectionLimits connections, JsonMapper jsonMapper) {
		this.maxBodySize = limits.maxBodySize().toBytes();
		this.bodyTimeout = connections.bodyTimeout();
		this.slowBodies = new Semaphore(connections.slowBodies());
		this.jsonMapper = jsonMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean chunked = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		if (request.getContentLengthLong() <= 0 && !chunked) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > this.maxBodySize) {
			refuse(request, response, Rejection.REQUEST_TOO_LARGE,
					"The request body is larger than " + this.maxBodySize + " bytes");
			return;
		}
		long deadline = System.nanoTime() + this.bodyTimeout.toNanos();
		Body body = new Body((int) Math.min(Integer.MAX_VALUE - 1, this.maxBodySize) + 1);
		InputStream in = request.getInputStream();
		// a body sent just after its headers, in a packet of its own, is on its way: give
		// it a moment
		long ready = System.nanoTime() + ARRIVAL_GRACE.toNanos();
		body.readArrived(in, () -> RequestBodies.takeInArrived(request));
		while (!body.isComplete(request) && System.nanoTime() < ready) {
			LockSupport.parkNanos(ARRIVAL_POLL.toNanos());
			body.readArrived(in, () -> RequestBodies.takeInArrived(request));
		}
		if (!body.isComplete(request)) {
			if (!this.slowBodies.tryAcquire()) {
				refuse(request, response, Rejection.SERVER_BUSY,
						"Too many request bodies are arriving slowly at the moment; send the request again shortly");
				return;
			}
			try {
				body.readUntil(in, deadline);
			}
			finally {
				this.slowBodies.release();
			}
			if (System.nanoTime() > deadline && !body.isComplete(request)) {
				refuse(request, response, Rejection.BODY_TIMEOUT,
						"The request body did not arrive within " + this.bodyTimeout.toSeconds() + " seconds");
				return;
			}
		}
		if (body.length() > this.maxBodySize) {
			refuse(request, response, Rejection.REQUEST_TOO_LARGE,
					"The request body is larger than " + this.maxBodySize + " bytes");
			return;
		}
		chain.doFilter(new ReadBody(request, body.bytes()), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Rejection rejection, String message)
			throws IOException {
		if (rejection == Rejection.SERVER_BUSY) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		}
		RejectionBodies.refuse(request, response, this.jsonMapper, rejection, message);
	}

	/** A body being read, up to a capacity. */
	private static final class Body {

		private final int capacity;

		private byte[] bytes;

		private int length;

		private boolean ended;

		Body(int capacity) {
			this.capacity = capacity;
			this.bytes = new byte[Math.min(capacity, 8192)];
		}

		/** Reads what has already arrived, without waiting for more. */
		void readArrived(InputStream in, Runnable takeInArrived) throws IOException {
			while (!this.ended && this.length < this.capacity) {
				if (in.available() == 0) {
					takeInArrived.run();
					if (in.available() == 0) {
						return;
					}
				}
				readOnce(in);
			}
		}

		/** Reads until the body ends, the capacity is reached, or the deadline passes. */
		void readUntil(InputStream in, long deadline) throws IOException {
			while (!this.ended && this.length < this.capacity && System.nanoTime() <= deadline) {
				readOnce(in);
			}
		}

		boolean isComplete(HttpServletRequest request) {
			long declared = request.getContentLengthLong();
			return this.ended || this.length >= this.capacity || (declared > 0 && this.length >= declared);
		}

		int length() {
			return this.length;
		}

		byte[] bytes() {
			return Arrays.copyOf(this.bytes, this.length);
		}

		private void readOnce(InputStream in) throws IOException {
			if (this.length == this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.min(this.capacity, this.bytes.length * 2));
			}
			int read = in.read(this.bytes, this.length, this.bytes.length - this.length);
			if (read < 0) {
				this.ended = true;
			}
			else {
				this.length += read;
			}
		}

	}

	/** A request whose body has been read into memory. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has already been read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = (getCharacterEncoding() != null) ? Charset.forName(getCharacterEncoding())
					: StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(this.body), charset));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
