package io.parlgraph.data;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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

	/**
	 * Lets JDBC code ({@code JdbcClient}) in the current read scope use the connection of
	 * the scope's Hibernate session, as a transaction would. Without a transaction, it
	 * would take a second connection from the pool and hold it to the end of the scope:
	 * concurrent queries (searches, with their hits looked up in the session) then held
	 * two each, and waited on one another until the pool timed out. A transaction begun
	 * inside the scope (a write) sets the sharing aside until it ends.
	 */
	public static void shareConnection(PlatformTransactionManager transactionManager) {
		if (!(transactionManager instanceof JpaTransactionManager jpa) || jpa.getDataSource() == null
				|| jpa.getEntityManagerFactory() == null
				|| TransactionSynchronizationManager.hasResource(jpa.getDataSource())) {
			return;
		}
		DataSource dataSource = jpa.getDataSource();
		EntityManager session = EntityManagerFactoryUtils.getTransactionalEntityManager(jpa.getEntityManagerFactory());
		if (session == null) {
			return;
		}
		ConnectionHolder connection;
		try {
			// the session's connection, taken from the pool at its first use
			connection = new ConnectionHolder(jpa.getJpaDialect().getJdbcConnection(session, true));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The session's connection cannot be shared", ex);
		}
		// as DataSourceUtils marks a connection it holds for a scope: a transaction begun
		// inside it is then allowed, and binds its own connection while this one is set
		// aside
		connection.setSynchronizedWithTransaction(true);
		TransactionSynchronizationManager.bindResource(dataSource, connection);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResource(dataSource);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(dataSource, connection);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(dataSource);
			}

		});
	}

	private static TransactionDefinition readOnly() {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
				TransactionDefinition.PROPAGATION_SUPPORTS);
		definition.setReadOnly(true);
		return definition;
	}

}
