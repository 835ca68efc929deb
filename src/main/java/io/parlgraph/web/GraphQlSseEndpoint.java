package io.parlgraph.web;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Subscriptions over Server-Sent Events, as Spring's handler sends them ({@code next}
 * events, a {@code complete} event, a comment as keep-alive when nothing else was sent),
 * except that a client that went away or stopped reading (its write failed or timed out)
 * ends its stream quietly: Spring's handler logs two ERROR stack traces for each such
 * client.
 */
class GraphQlSseEndpoint extends GraphQlSseHandler {

	private static final Logger logger = LoggerFactory.getLogger(GraphQlSseEndpoint.class);

	/** Stands for a keep-alive comment among the results (compared by identity). */
	private static final Map<String, Object> KEEP_ALIVE = Collections.unmodifiableMap(new HashMap<>());

	private final @Nullable Duration timeout;

	private final @Nullable Duration keepAlive;

	GraphQlSseEndpoint(WebGraphQlHandler graphQlHandler, @Nullable Duration timeout, @Nullable Duration keepAlive) {
		super(graphQlHandler, timeout, keepAlive);
		this.timeout = timeout;
		this.keepAlive = keepAlive;
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		Flux<Map<String, Object>> results = responseMono.flatMapMany(GraphQlSseEndpoint::results);
		Flux<Map<String, Object>> events = (this.keepAlive != null) ? withKeepAlive(results, this.keepAlive) : results;
		Consumer<ServerResponse.SseBuilder> stream = builder -> events.subscribe(new EventStream(builder));
		return (this.timeout != null) ? ServerResponse.sse(stream, this.timeout) : ServerResponse.sse(stream);
	}

	@SuppressWarnings("unchecked")
	private static Flux<Map<String, Object>> results(WebGraphQlResponse response) {
		if (response.getData() instanceof Publisher<?> publisher) {
			return Flux.from((Publisher<ExecutionResult>) publisher).map(ExecutionResult::toSpecification);
		}
		if (!response.getErrors().isEmpty()) {
			// refused before it ran (a validation error, a limit): say why
			return Flux.just(response.toMap());
		}
		return Flux.just(ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(graphql.ErrorType.OperationNotSupported)
				.message("Server-Sent Events carry subscriptions only")
				.build())
			.build()
			.toSpecification());
	}

	/**
	 * The results, with {@link #KEEP_ALIVE} after each interval in which none was sent,
	 * until they end.
	 */
	private static Flux<Map<String, Object>> withKeepAlive(Flux<Map<String, Object>> results, Duration interval) {
		return Flux.defer(() -> {
			AtomicBoolean sent = new AtomicBoolean();
			Sinks.Empty<Void> ended = Sinks.empty();
			return results.doOnNext(result -> sent.set(true))
				.doOnComplete(ended::tryEmitEmpty)
				.mergeWith(Flux.interval(interval, interval)
					.filter(tick -> !sent.getAndSet(false))
					.map(tick -> KEEP_ALIVE))
				.takeUntilOther(ended.asMono());
		});
	}

	/** Writes the events of one subscription to its response. */
	private static final class EventStream extends BaseSubscriber<Map<String, Object>> {

		private final ServerResponse.SseBuilder sse;

		EventStream(ServerResponse.SseBuilder sse) {
			this.sse = sse;
			sse.onTimeout(this::cancel);
			sse.onError(error -> cancel());
		}

		@Override
		protected void hookOnNext(Map<String, Object> result) {
			write(() -> {
				if (result == KEEP_ALIVE) {
					this.sse.comment("");
					this.sse.send();
				}
				else {
					this.sse.event("next");
					this.sse.data(result);
				}
			});
		}

		@Override
		protected void hookOnError(Throwable error) {
			Map<String, Object> result;
			if (error instanceof SubscriptionPublisherException resolved) {
				result = resolved.toMap();
			}
			else {
				logger.error("Subscription failed with an unresolved error", error);
				result = GraphqlErrorBuilder.newError()
					.message("Subscription error")
					.errorType(ErrorType.INTERNAL_ERROR)
					.build()
					.toSpecification();
			}
			if (write(() -> {
				this.sse.event("next");
				this.sse.data(result);
			})) {
				hookOnComplete();
			}
		}

		@Override
		protected void hookOnComplete() {
			if (write(() -> this.sse.event("complete").data(""))) {
				this.sse.complete();
			}
		}

		/**
		 * Runs the write; if the client is gone (or stopped reading until the write timed
		 * out), ends the stream quietly.
		 */
		private boolean write(Write write) {
			try {
				write.run();
				return true;
			}
			catch (Exception ex) {
				logger.debug("An event-stream client is gone: {}", ex.toString());
				cancel();
				this.sse.complete();
				return false;
			}
		}

	}

	@FunctionalInterface
	private interface Write {

		void run() throws Exception;

	}

}
