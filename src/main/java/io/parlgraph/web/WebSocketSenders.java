package io.parlgraph.web;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Spring's graphql-ws handler sends each connection's messages in order on a scheduler of
 * the connection's own, a new platform thread per connection (on Java 17): thousands of
 * idle connections would cost thousands of threads. This Reactor scheduler factory gives
 * those schedulers instead an ordered queue over one shared pool of threads, made while
 * there is something to send and ended a minute after; every other scheduler is Reactor's
 * own.
 */
final class WebSocketSenders implements Schedulers.Factory {

	/**
	 * How Spring names a connection's scheduler
	 * ({@code GraphQlWebSocketHandler.SessionState}).
	 */
	private static final String SESSION_SCHEDULER = "GraphQL-WsSession-";

	/**
	 * Threads sending to all connections; a client that stops reading holds one until its
	 * send times out.
	 */
	private static final int THREADS = 64;

	private static final AtomicBoolean installed = new AtomicBoolean();

	/**
	 * Threads made as sends need them (an idle one is used first) and ended after a
	 * minute idle.
	 */
	private final Scheduler threads = Schedulers.newBoundedElastic(THREADS, Integer.MAX_VALUE, "graphql-ws-send", 60,
			true);

	private WebSocketSenders() {
	}

	/** Puts this factory in place, once for the process. */
	static void install() {
		if (installed.compareAndSet(false, true)) {
			Schedulers.setFactory(new WebSocketSenders());
		}
	}

	@Override
	public Scheduler newSingle(ThreadFactory threadFactory) {
		if (threadFactory instanceof Supplier<?> named && named.get() instanceof String name
				&& name.startsWith(SESSION_SCHEDULER)) {
			return Schedulers.fromExecutor(new InOrder(this.threads::schedule));
		}
		return Schedulers.Factory.super.newSingle(threadFactory);
	}

	/**
	 * Runs its tasks one after another, in the order given, on the threads of another
	 * executor.
	 */
	private static final class InOrder implements Executor {

		private final Executor threads;

		private final Queue<Runnable> tasks = new ArrayDeque<>();

		private @Nullable Runnable running;

		InOrder(Executor threads) {
			this.threads = threads;
		}

		@Override
		public synchronized void execute(Runnable task) {
			this.tasks.add(() -> {
				try {
					task.run();
				}
				finally {
					next();
				}
			});
			if (this.running == null) {
				next();
			}
		}

		private synchronized void next() {
			this.running = this.tasks.poll();
			if (this.running != null) {
				this.threads.execute(this.running);
			}
		}

	}

}
