package io.parlgraph.write;

import java.util.List;
import java.util.function.Function;

import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors.RejectedInputException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each mutation in one transaction: it commits all it wrote, or, on a user error or any
 * other failure, nothing. User errors come back in the payload; other failures propagate as
 * GraphQL errors.
 */
@Component
public class Writes {

	private final TransactionTemplate transaction;

	Writes(PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
	}

	public <T> Payload<T> run(Function<UserErrors, T> write) {
		try {
			return Payload.of(this.transaction.execute(status -> write.apply(new UserErrors())));
		}
		catch (RejectedInputException ex) {
			return Payload.rejected(ex.errors());
		}
		catch (OptimisticLockingFailureException ex) {
			return Payload.rejected(List.of(conflict()));
		}
	}

	/** Refuses an update made from a stale read; call it with the version the client sent. */
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
