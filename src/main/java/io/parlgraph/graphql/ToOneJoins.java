package io.parlgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.entity.AbstractEntityPersister;

import org.springframework.stereotype.Component;

/**
 * Which of the to-one fields selected of an object can be read in the same statement as
 * the object: those whose type is an entity that the object's entity references by an
 * attribute {@code <field>Id}. A joined object lands in the request's session, where the
 * field's own lookup by ID finds it without a statement; that lookup and its result are
 * unchanged, so a join can only save a statement.
 */
@Component
class ToOneJoins {

	private final Map<String, Class<?>> entities;

	/** The attribute names of each entity, by the entity's name. */
	private final Map<String, Set<String>> attributes;

	private final MappingMetamodel mappings;

	ToOneJoins(EntityManager entityManager) {
		Set<EntityType<?>> types = entityManager.getMetamodel().getEntities();
		this.entities = types.stream().collect(Collectors.toMap(EntityType::getName, EntityType::getJavaType));
		this.attributes = types.stream()
			.collect(Collectors.toMap(EntityType::getName,
					type -> type.getAttributes().stream().map(Attribute::getName).collect(Collectors.toSet())));
		this.mappings = entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel();
	}

	/** The entity class of a node type. */
	Class<?> entity(String type) {
		return Objects.requireNonNull(this.entities.get(type));
	}

	/** The joins for these selections of objects of the type, in field order. */
	List<Join> of(String type, Iterable<ToOneSelection> selections) {
		Set<String> attributes = Objects.requireNonNull(this.attributes.get(type));
		Map<String, String> fields = new TreeMap<>();
		for (ToOneSelection selection : selections) {
			selection.fields().forEach((field, target) -> {
				if (attributes.contains(field + "Id") && this.entities.containsKey(target)) {
					fields.put(field, target);
				}
			});
		}
		List<Join> joins = new ArrayList<>();
		fields.forEach((field, target) -> {
			AbstractEntityPersister joined = persister(target);
			joins
				.add(new Join("j" + joins.size(), field + "Id", target, entity(target), joined.getIdentifierTableName(),
						joined.getIdentifierColumnNames()[0], persister(type).getPropertyColumnNames(field + "Id")[0]));
		});
		return joins;
	}

	private AbstractEntityPersister persister(String type) {
		return (AbstractEntityPersister) this.mappings.getEntityDescriptor(entity(type));
	}

	/**
	 * One joined to-one object.
	 *
	 * @param alias its alias in the statement
	 * @param attribute the referencing entity's attribute holding its ID
	 * @param entity its entity's name
	 * @param entityClass its entity's class
	 * @param table its entity's table
	 * @param id its table's ID column
	 * @param column the referencing table's column holding its ID
	 */
	record Join(String alias, String attribute, String entity, Class<?> entityClass, String table, String id,
			String column) {

		/** The join in HQL, from the object aliased {@code n}. */
		String hql() {
			return " left join " + this.entity + " " + this.alias + " on " + this.alias + ".id = n." + this.attribute;
		}

		/** The join in SQL, from the row aliased {@code c}. */
		String sql() {
			return " left join " + this.table + " " + this.alias + " on " + this.alias + "." + this.id + " = c."
					+ this.column;
		}

	}

}
