package io.parlgraph.data;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The base of every repository: {@code findAllById}, the to-one edges' batch lookup, goes
 * through {@link EntityLookup} instead of building a criteria query and translating it to
 * SQL anew on every call. Entities with composite IDs keep Spring Data's lookup. Its
 * reads join the caller's session or transaction and begin none of their own (see
 * {@link Reads}); its writes keep Spring Data's transactions.
 */
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class MultiLoadRepository<T, ID> extends SimpleJpaRepository<T, ID> {

	private final EntityManager entityManager;

	private final boolean compositeId;

	public MultiLoadRepository(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
		super(entityInformation, entityManager);
		this.entityManager = entityManager;
		this.compositeId = entityInformation.hasCompositeId();
	}

	@Override
	public List<T> findAllById(Iterable<ID> ids) {
		if (this.compositeId) {
			return super.findAllById(ids);
		}
		Set<ID> distinct = new LinkedHashSet<>();
		ids.forEach(distinct::add);
		return distinct.isEmpty() ? List.of() : EntityLookup.byIds(this.entityManager, getDomainClass(), distinct);
	}

}
