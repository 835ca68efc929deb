package io.parlgraph.write;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.parlgraph.data.BaseEntity;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors.RejectedInputException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The stored facts a mutation names: the one it updates, the ones its input refers to by
 * ID, and the one that holds a slug already. A fact's GraphQL type is named as its entity
 * class.
 */
@Component
public class StoredFacts {

	private final EntityManager entityManager;

	StoredFacts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The fact an update names in {@code input.id}, at the {@code input.version} the
	 * client read; else the update is refused.
	 */
	public <T extends BaseEntity> T toUpdate(Class<T> type, String id, long version) {
		long decoded;
		try {
			decoded = GlobalId.decode(id, type.getSimpleName());
		}
		catch (InvalidInputException ex) {
			throw RejectedInputException.of(Code.INVALID, ex.getMessage(), "input", "id");
		}
		// locked until commit: an update of the same version at the same moment waits,
		// then sees
		// the new version and is refused as a conflict, before it writes anything
		T stored = this.entityManager.find(type, decoded, LockModeType.PESSIMISTIC_WRITE);
		if (stored == null) {
			throw RejectedInputException.of(Code.NOT_FOUND, "No " + kind(type) + " with this ID", "input", "id");
		}
		MutationTransaction.requireVersion(stored.getVersion(), version);
		return stored;
	}

	/**
	 * The stored fact of the type that the ID names; null if none is given, and null with
	 * an error if it names none.
	 */
	public <T extends BaseEntity> @Nullable T reference(Class<T> type, @Nullable String id, UserErrors errors,
			String... field) {
		Long decoded = errors.id(id, type.getSimpleName(), field);
		return (decoded != null) ? stored(type, decoded, errors, field) : null;
	}

	/**
	 * Checks that the ID, if one of the type's form is given, names a stored fact; an ID
	 * of a wrong form is left to the check of the input's fields.
	 */
	public void exists(Class<? extends BaseEntity> type, @Nullable String id, UserErrors errors, String... field) {
		Long decoded = decoded(type, id);
		if (decoded != null) {
			stored(type, decoded, errors, field);
		}
	}

	/**
	 * The stored fact of the type that the ID names, if it is of the type's form and
	 * names one; the checks of the input report it if not.
	 */
	public <T extends BaseEntity> Optional<T> find(Class<T> type, @Nullable String id) {
		Long decoded = decoded(type, id);
		return Optional.ofNullable((decoded != null) ? this.entityManager.find(type, decoded) : null);
	}

	private static @Nullable Long decoded(Class<?> type, @Nullable String id) {
		return (id != null) ? new UserErrors().id(id, type.getSimpleName()) : null;
	}

	private <T extends BaseEntity> @Nullable T stored(Class<T> type, long id, UserErrors errors, String... field) {
		T stored = this.entityManager.find(type, id);
		if (stored == null) {
			errors.add(Code.NOT_FOUND, "No " + kind(type) + " with this ID", field);
		}
		return stored;
	}

	/**
	 * Checks that no fact of the type but {@code self} holds the slug, if one is given;
	 * its form is left to the check of the input's fields ({@link Slugs#check}).
	 */
	public void slugFree(Class<? extends BaseEntity> type, @Nullable String slug, @Nullable BaseEntity self,
			UserErrors errors, String... field) {
		if (slug == null) {
			return;
		}
		String given = slug.strip();
		List<Long> holders = this.entityManager
			.createQuery("select e.id from " + type.getSimpleName() + " e where e.slug = :slug", Long.class)
			.setParameter("slug", given)
			.getResultList();
		if (holders.stream().anyMatch(id -> self == null || !id.equals(self.getId()))) {
			errors.add(Code.TAKEN, "Another " + kind(type) + " has the slug '" + given + "'", field);
		}
	}

	/**
	 * The stored fact that {@code find} returns, or else the one {@code create} makes
	 * (null, with errors, if the input is bad). A fact whose slug another write stored
	 * after {@code find} looked is refused by {@code create} as taken: then it is found
	 * again and returned, as it would have been a moment later.
	 */
	public <T extends BaseEntity> @Nullable T findOrCreate(Supplier<Optional<T>> find,
			Function<UserErrors, @Nullable T> create, UserErrors errors) {
		Optional<T> stored = find.get();
		if (stored.isPresent()) {
			return stored.get();
		}
		UserErrors creating = new UserErrors();
		T created = create.apply(creating);
		if (created == null) {
			stored = find.get();
			if (stored.isPresent()) {
				return stored.get();
			}
			errors.addAll(creating);
		}
		return created;
	}

	/** "speaker term" for {@code SpeakerTerm}: for messages. */
	private static String kind(Class<?> type) {
		return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

}
