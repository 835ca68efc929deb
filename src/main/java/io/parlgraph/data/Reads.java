package io.parlgraph.data;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the read path runs its statements: each in autocommit, with an entity manager for the
 * callback, but no database transaction of its own. A read of one statement needs none, and
 * {@code BEGIN READ ONLY} and {@code COMMIT} around it doubled the round trips and the
 * database's work for a small query. Inside a write's transaction a read joins it.
 */
public final class Reads {

	private Reads() {
	}

	public static TransactionTemplate template(PlatformTransactionManager transactionManager) {
		TransactionTemplate reads = new TransactionTemplate(transactionManager);
		reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
		reads.setReadOnly(true);
		return reads;
	}

}
