package io.parlgraph.write;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors.RejectedInputException;
import jakarta.persistence.OptimisticLockException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each mutation in one transaction and turns its outcome into the mutation's
 * {@link Payload}: it commits all it wrote, or, on a user error or any other failure,
 * nothing. User errors come back in the payload; other failures propagate as GraphQL
 * errors.
 */
@Component
public class MutationTransaction {

	private final TransactionTemplate transaction;

	MutationTransaction(PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Runs the write, which may return without throwing after recording user errors: it
	 * is rolled back all the same.
	 */
	public <T> Payload<T> run(Function<UserErrors, @Nullable T> write) {
		try {
			return Payload.of(this.transaction.execute(status -> {
				UserErrors errors = new UserErrors();
				T result = write.apply(errors);
				errors.throwIfAny();
				return result;
			}));
		}
		catch (RejectedInputException ex) {
			return Payload.rejected(ex.errors());
		}
		catch (OptimisticLockingFailureException | OptimisticLockException ex) {
			// a row changed between reading it and writing it; found at commit
			// (translated by
			// Spring), or at a flush inside the write, e.g. before it reindexes
			return Payload.rejected(List.of(conflict()));
		}
		catch (DataIntegrityViolationException ex) {
			if (!isUniqueViolation(ex)) {
				throw ex;
			}
			// a write committed between this one's checks and its own stored the same
			// unique
			// value: the same slug for a new fact, the same URL or idempotency key
			return Payload.rejected(List.of(new UserError(List.of("input"),
					"Another write stored the same slug, URL or key at the same moment: read again, then send "
							+ "this again if it is still needed",
					Code.CONFLICT)));
		}
	}

	/**
	 * Whether the database refused a duplicate in a unique column: SQLSTATE 23505 on H2
	 * and PostgreSQL alike.
	 */
	private static boolean isUniqueViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Refuses an update made from a stale read; call it with the version the client sent.
	 */
	public static void requireVersion(long stored, long sent) {
		if (stored != sent) {
			throw new RejectedInputException(List.of(conflict()));
		}
	}

	private static UserError conflict() {
		return new UserError(List.of("input", "version"),
				"Changed by someone else since you read it: read it again and re-apply your change", Code.CONFLICT);
	}

}
