package io.parlgraph.operations;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Logs one line per GraphQL request, on the {@code io.parlgraph.requests} logger:
 * operation name and type, duration, SQL statements run and errors returned. Never the
 * document or its variables, which may hold secrets. With structured logging each value
 * is a JSON field.
 */
@Component
class RequestLog implements Instrumentation {

	private static final Logger logger = LoggerFactory.getLogger("io.parlgraph.requests");

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		AtomicInteger statements = SqlStatementCounter
			.startCounting(parameters.getExecutionInput().getGraphQLContext());
		return CompletableFuture.completedFuture(new Request(System.nanoTime(), statements));
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		if (state instanceof Request request) {
			request.operation = parameters.getExecutionContext().getOperationDefinition();
		}
		return null;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Request request) {
			return SimpleInstrumentationContext.whenCompleted((result, failure) -> log(request, result));
		}
		return null;
	}

	private static void log(Request request, @Nullable ExecutionResult result) {
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.startNanos);
		OperationDefinition operation = request.operation;
		// not parsed or not valid: no operation ran
		String type = (operation != null) ? operation.getOperation().name().toLowerCase(Locale.ROOT) : "invalid";
		String name = (operation != null && operation.getName() != null) ? operation.getName() : "anonymous";
		int statements = request.statements.get();
		int errors = (result != null) ? result.getErrors().size() : 1;
		logger.atInfo()
			.addKeyValue("operation", name)
			.addKeyValue("operationType", type)
			.addKeyValue("durationMs", millis)
			.addKeyValue("sqlStatements", statements)
			.addKeyValue("errors", errors)
			.log("GraphQL {} {}: {} ms, SQL statements: {}, errors: {}", type, name, millis, statements, errors);
	}

	/** What is known of one request while it runs. */
	private static final class Request implements InstrumentationState {

		private final long startNanos;

		private final AtomicInteger statements;

		private volatile @Nullable OperationDefinition operation;

		Request(long startNanos, AtomicInteger statements) {
			this.startNanos = startNanos;
			this.statements = statements;
		}

	}

}
