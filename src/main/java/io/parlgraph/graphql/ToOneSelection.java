package io.parlgraph.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one object type that a field's selection asks for and whose values are
 * objects: what may be read together with the object ({@link ToOneJoins}). Read from the
 * document itself, which costs far less than graphql-java's selection set.
 *
 * @param fields each field's name to the name of its object type
 */
public record ToOneSelection(Map<String, String> fields) {

	/** No field selected. */
	public static final ToOneSelection NONE = new ToOneSelection(Map.of());

	/** The object-valued fields selected, in {@code env}, of objects of {@code type}. */
	static ToOneSelection of(DataFetchingEnvironment env, String type) {
		GraphQLObjectType objectType = env.getGraphQLSchema().getObjectType(type);
		return (objectType != null) ? of(env.getMergedField().getFields(), objectType, env) : NONE;
	}

	/**
	 * The object-valued fields selected of the nodes of the connection that {@code env}
	 * reads ({@code edges { node { … } }}).
	 */
	public static ToOneSelection ofNodes(DataFetchingEnvironment env) {
		GraphQLObjectType connection = objectType(env.getFieldType());
		GraphQLObjectType edge = (connection != null) ? objectType(fieldType(connection, "edges")) : null;
		GraphQLObjectType node = (edge != null) ? objectType(fieldType(edge, "node")) : null;
		if (node == null) {
			return NONE;
		}
		Map<String, FragmentDefinition> fragments = env.getFragmentsByName();
		List<Field> nodes = new ArrayList<>();
		for (Field edges : named(env.getMergedField().getFields(), "edges", fragments)) {
			nodes.addAll(named(List.of(edges), "node", fragments));
		}
		return of(nodes, node, env);
	}

	private static ToOneSelection of(List<Field> parents, GraphQLObjectType type, DataFetchingEnvironment env) {
		Map<String, String> fields = new HashMap<>();
		for (Field parent : parents) {
			collect(parent.getSelectionSet(), type, env.getFragmentsByName(), fields);
		}
		return fields.isEmpty() ? NONE : new ToOneSelection(fields);
	}

	private static void collect(@Nullable SelectionSet selections, GraphQLObjectType type,
			Map<String, FragmentDefinition> fragments, Map<String, String> fields) {
		if (selections == null) {
			return;
		}
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				GraphQLObjectType to = objectType(fieldType(type, field.getName()));
				if (to != null) {
					fields.put(field.getName(), to.getName());
				}
			}
			else {
				collect(fragmentOn(selection, type, fragments), type, fragments, fields);
			}
		}
	}

	/**
	 * The fields of this name that the parents select, directly or in fragments (the
	 * parents' types are not abstract, so every fragment applies).
	 */
	private static List<Field> named(List<Field> parents, String name, Map<String, FragmentDefinition> fragments) {
		List<Field> found = new ArrayList<>();
		for (Field parent : parents) {
			named(parent.getSelectionSet(), name, fragments, found);
		}
		return found;
	}

	private static void named(@Nullable SelectionSet selections, String name, Map<String, FragmentDefinition> fragments,
			List<Field> found) {
		if (selections == null) {
			return;
		}
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				if (field.getName().equals(name)) {
					found.add(field);
				}
			}
			else if (selection instanceof InlineFragment inline) {
				named(inline.getSelectionSet(), name, fragments, found);
			}
			else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
				named(fragments.get(spread.getName()).getSelectionSet(), name, fragments, found);
			}
		}
	}

	/** The fragment's selections, if it is a fragment that applies to the type. */
	private static @Nullable SelectionSet fragmentOn(Selection<?> selection, GraphQLObjectType type,
			Map<String, FragmentDefinition> fragments) {
		if (selection instanceof InlineFragment inline) {
			return applies(inline.getTypeCondition(), type) ? inline.getSelectionSet() : null;
		}
		FragmentDefinition spread = (selection instanceof FragmentSpread named) ? fragments.get(named.getName()) : null;
		return (spread != null && applies(spread.getTypeCondition(), type)) ? spread.getSelectionSet() : null;
	}

	/** Whether a fragment on the condition applies to objects of the type. */
	private static boolean applies(@Nullable TypeName condition, GraphQLObjectType type) {
		return condition == null || condition.getName().equals(type.getName())
				|| type.getInterfaces().stream().anyMatch(face -> face.getName().equals(condition.getName()));
	}

	private static @Nullable GraphQLType fieldType(GraphQLObjectType type, String field) {
		GraphQLFieldDefinition definition = type.getFieldDefinition(field);
		return (definition != null) ? definition.getType() : null;
	}

	private static @Nullable GraphQLObjectType objectType(@Nullable GraphQLType type) {
		return (type != null && GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object) ? object : null;
	}

}
