package io.parlgraph.data;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How queries read: in one read-only Hibernate session, without a database transaction.
 * Each statement commits by itself, which under READ COMMITTED sees what it would see in
 * a transaction, and a query is spared the BEGIN and the ROLLBACK (a round trip) that a
 * transaction adds. A read inside a transaction (a mutation's) joins it.
 */
public final class Reads {

	/** A read-only scope that joins a transaction if there is one, and begins none. */
	public static final TransactionDefinition READ_ONLY = readOnly();

	private Reads() {
	}

	/** Runs reads in the scope of {@link #READ_ONLY}. */
	public static TransactionTemplate template(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager, READ_ONLY);
	}

	private static TransactionDefinition readOnly() {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
				TransactionDefinition.PROPAGATION_SUPPORTS);
		definition.setReadOnly(true);
		return definition;
	}

}
