package io.parlgraph.write;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import io.parlgraph.data.BaseEntity;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.data.repository.CrudRepository;

/**
 * How every fact is created and updated, in the caller's transaction: its input is
 * checked into an unsaved fact with its parts (a parliament's names, a document's
 * parties), which are saved together, and a searchable fact is indexed at once. An update
 * is merged onto the stored fact (see {@link Patch}), checked as a create is, and
 * replaces the parts only if it gives them. A feature's subclass says how its input is
 * checked and what parts it makes, in two halves: {@link #unsaved} checks what the input
 * alone tells and builds the fact, {@link #checkStored} what needs the stored facts. The
 * synthetic loader, which inserts in bulk, builds its facts with the first half alone.
 *
 * @param <E> the fact
 * @param <I> the input that describes a fact whole, as a create gives it or an update
 * merges it
 */
public abstract class FactWrites<E extends BaseEntity, I> {

	private final Class<E> type;

	/**
	 * Saves the fact: a repository translates the database's refusal of a slug that
	 * another write stored at the same moment into the exception
	 * {@link MutationTransaction} reports as a conflict.
	 */
	private final CrudRepository<E, Long> repository;

	private final FactIndex index;

	private final BiConsumer<E, E> takeChanges;

	protected final StoredFacts facts;

	private final EntityManager entityManager;

	/**
	 * @param index how the fact is kept findable by {@code search}
	 * ({@link FactIndex#NONE} if it is not)
	 * @param takeChanges copies every value of a checked, unsaved fact onto the stored
	 * one
	 */
	protected FactWrites(Class<E> type, CrudRepository<E, Long> repository, FactIndex index,
			BiConsumer<E, E> takeChanges, StoredFacts facts, EntityManager entityManager) {
		this.type = type;
		this.repository = repository;
		this.index = index;
		this.takeChanges = takeChanges;
		this.facts = facts;
		this.entityManager = entityManager;
	}

	/**
	 * The fact the input describes, with its parts, not saved, as far as the input alone
	 * tells: its fields are checked, and its slug and the IDs it refers to only for their
	 * form. Null (with errors) if the input is bad. A bulk load that makes every fact it
	 * refers to may call it alone and leave the rest to the database's constraints.
	 */
	public abstract @Nullable Checked<E> unsaved(I input, UserErrors errors, String... at);

	/**
	 * Checks what the input asks of the stored facts: that no fact but {@code self} (the
	 * one an update changes, null for a new one) holds its slug, and that the facts it
	 * refers to are stored. IDs of a wrong form are left to {@link #unsaved}.
	 */
	protected abstract void checkStored(I input, @Nullable E self, UserErrors errors, String... at);

	/**
	 * The fact the input describes, with its parts, not saved; null (with errors) if the
	 * input is bad.
	 */
	protected @Nullable Checked<E> checked(I input, @Nullable E self, UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		Checked<E> checked = unsaved(input, errors, at);
		checkStored(input, self, errors, at);
		return (errors.count() > errorsBefore) ? null : checked;
	}

	/**
	 * A new fact from a mutation's {@code input} argument; null (with errors) if the
	 * input is bad.
	 */
	public @Nullable E create(I input, UserErrors errors) {
		return create(input, errors, "input");
	}

	/**
	 * A new fact from the input at the path; null (with errors) if the input is bad or
	 * the slug is taken.
	 */
	public @Nullable E create(I input, UserErrors errors, String... at) {
		Checked<E> checked = checkedNew(input, errors, at);
		return (checked != null) ? save(checked) : null;
	}

	/**
	 * A new fact from the input at the path, checked as {@link #create} checks it but not
	 * saved; null (with errors) if the input is bad. For a write that checks all its
	 * parts before it saves any (see {@link #save}).
	 */
	public @Nullable Checked<E> checkedNew(I input, UserErrors errors, String... at) {
		return checked(input, null, errors, at);
	}

	/** Saves a checked new fact with its parts, searchable at once. */
	public E save(Checked<E> checked) {
		E fact = this.repository.save(checked.fact());
		checked.parts().apply(fact.getId()).forEach(this.entityManager::persist);
		this.index.indexNew(fact.getId());
		return fact;
	}

	/**
	 * The stored fact {@code find} returns, else a new one from the input; null (with
	 * errors) if the input is bad.
	 */
	protected @Nullable E findOrCreate(Supplier<Optional<E>> find, I input, UserErrors errors, String... at) {
		return this.facts.findOrCreate(find, checks -> create(input, checks, at), errors);
	}

	/**
	 * The fact an update names, at the version the client read; else the update is
	 * refused.
	 */
	protected E toUpdate(String id, long version) {
		return this.facts.toUpdate(this.type, id, version);
	}

	/**
	 * The stored fact with the changes of an update merged onto it, refused (user errors)
	 * if they are bad. Its parts are replaced by the merged ones if {@code replacedParts}
	 * (the stored ones) is given, and left as they are if it is null.
	 */
	protected E update(E stored, I merged, @Nullable List<?> replacedParts, UserErrors errors) {
		Checked<E> checked = errors.orThrow(checked(merged, stored, errors, "input"));
		this.takeChanges.accept(stored, checked.fact());
		if (replacedParts != null) {
			// the old parts go first: the new ones take their keys (a name its language,
			// a party its number)
			replacedParts.forEach(this.entityManager::remove);
			this.entityManager.flush();
			checked.parts().apply(stored.getId()).forEach(this.entityManager::persist);
		}
		this.index.reindex(stored.getId());
		return stored;
	}

	/**
	 * A fact as checked, not saved yet, and its parts, which are made from the fact's ID
	 * once it is saved.
	 */
	public record Checked<E>(E fact, LongFunction<List<?>> parts) {

		public static <E> Checked<E> withoutParts(E fact) {
			return new Checked<>(fact, id -> List.of());
		}

	}

}
