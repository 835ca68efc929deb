package io.parlgraph.limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.graphql.Paging;
import org.jspecify.annotations.Nullable;

/**
 * What an operation may fetch, estimated from its document and variables before it runs,
 * the way GitHub's GraphQL API does it: every connection is taken to return a full page
 * ({@code first} or {@code last}, else the default of 20), once for every object above it
 * that could hold one. {@code nodes(ids:)} counts as a page of as many objects as IDs.
 * Fields skipped by {@code @skip}/{@code @include} cost nothing; introspection fields
 * cost nothing.
 *
 * @param nodes the most objects the operation may return: each page's size, times the
 * number of its parents
 * @param requests the most pages it may fetch: each connection once per parent
 * @param searches how many {@code search} and {@code totalCount} fields it selects, per
 * parent
 */
public record OperationCost(long nodes, long requests, long searches) {

	private static final OperationCost NONE = new OperationCost(0, 0, 0);

	/**
	 * Fields whose cost grows with the data rather than with the page: full-text search
	 * and counts.
	 */
	private static final Set<String> SEARCHES = Set.of("search", "totalCount");

	/**
	 * Estimates the cost of the operation about to run.
	 * @throws InvalidInputException if a page size is out of range (the same check
	 * {@link Paging} makes as the field runs, made before anything runs)
	 */
	static OperationCost of(ExecutionContext context) {
		Estimator estimator = new Estimator(context.getGraphQLSchema(), context.getFragmentsByName(),
				context.getCoercedVariables().toMap());
		return estimator.selectionSet(context.getOperationDefinition().getSelectionSet(),
				context.getGraphQLSchema().getObjectType(rootTypeName(context)));
	}

	private static String rootTypeName(ExecutionContext context) {
		GraphQLSchema schema = context.getGraphQLSchema();
		return switch (context.getOperationDefinition().getOperation()) {
			case QUERY -> schema.getQueryType().getName();
			case MUTATION -> schema.getMutationType().getName();
			case SUBSCRIPTION -> schema.getSubscriptionType().getName();
		};
	}

	/**
	 * Rate-limit points: one per hundred pages, rounded, and at least one (as GitHub
	 * counts).
	 */
	public long points() {
		return Math.max(1, Math.round(this.requests / 100.0));
	}

	private OperationCost plus(OperationCost other) {
		return new OperationCost(Saturating.add(this.nodes, other.nodes), Saturating.add(this.requests, other.requests),
				Saturating.add(this.searches, other.searches));
	}

	private OperationCost times(long factor) {
		return new OperationCost(Saturating.multiply(this.nodes, factor), Saturating.multiply(this.requests, factor),
				Saturating.multiply(this.searches, factor));
	}

	private static final class Estimator {

		private final GraphQLSchema schema;

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Object> variables;

		/** The cost of each fragment for one object it is spread on. */
		private final Map<String, OperationCost> fragmentCosts = new HashMap<>();

		Estimator(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
			this.schema = schema;
			this.fragments = fragments;
			this.variables = variables;
		}

		/** The cost of a selection set for one object of the parent type. */
		OperationCost selectionSet(SelectionSet selectionSet, GraphQLCompositeType parent) {
			OperationCost cost = NONE;
			for (Selection<?> selection : selectionSet.getSelections()) {
				if (included((DirectivesContainer<?>) selection)) {
					cost = cost.plus(selection(selection, parent));
				}
			}
			return cost;
		}

		private OperationCost selection(Selection<?> selection, GraphQLCompositeType parent) {
			if (selection instanceof Field field) {
				return field.getName().startsWith("__") ? NONE : field(field, parent);
			}
			if (selection instanceof InlineFragment inline) {
				GraphQLCompositeType type = (inline.getTypeCondition() != null)
						? (GraphQLCompositeType) this.schema.getType(inline.getTypeCondition().getName()) : parent;
				return selectionSet(inline.getSelectionSet(), type);
			}
			// validation has ruled out unknown fragments and cycles
			FragmentDefinition fragment = this.fragments.get(((FragmentSpread) selection).getName());
			OperationCost cost = this.fragmentCosts.get(fragment.getName());
			if (cost == null) {
				cost = selectionSet(fragment.getSelectionSet(),
						(GraphQLCompositeType) this.schema.getType(fragment.getTypeCondition().getName()));
				this.fragmentCosts.put(fragment.getName(), cost);
			}
			return cost;
		}

		private OperationCost field(Field field, GraphQLCompositeType parent) {
			GraphQLFieldDefinition definition = ((GraphQLFieldsContainer) parent).getFieldDefinition(field.getName());
			OperationCost children = (field.getSelectionSet() != null) ? selectionSet(field.getSelectionSet(),
					(GraphQLCompositeType) GraphQLTypeUtil.unwrapAll(definition.getType())) : NONE;
			long page = pageSize(field, definition);
			OperationCost own = SEARCHES.contains(field.getName()) ? new OperationCost(0, 0, 1) : NONE;
			return own.plus((page == 0) ? children : new OperationCost(page, 1, 0).plus(children.times(page)));
		}

		/**
		 * How many objects the field returns per parent if it returns a page of them,
		 * else 0.
		 */
		private long pageSize(Field field, GraphQLFieldDefinition definition) {
			if (definition.getArgument("first") != null) {
				return Paging.size((Integer) argument(field, "first"), (Integer) argument(field, "last"));
			}
			if (definition.getArgument("ids") != null) {
				int ids = (argument(field, "ids") instanceof List<?> list) ? list.size() : 1;
				Paging.checkIdCount(ids);
				return ids;
			}
			return 0;
		}

		private boolean included(DirectivesContainer<?> selection) {
			for (Directive directive : selection.getDirectives()) {
				boolean skip = directive.getName().equals("skip");
				if ((skip || directive.getName().equals("include"))
						&& Boolean.TRUE.equals(value(directive.getArgument("if").getValue())) == skip) {
					return false;
				}
			}
			return true;
		}

		private @Nullable Object argument(Field field, String name) {
			Argument argument = field.getArguments()
				.stream()
				.filter(candidate -> candidate.getName().equals(name))
				.findFirst()
				.orElse(null);
			return (argument != null) ? value(argument.getValue()) : null;
		}

		/**
		 * The value of a literal or variable: Int, Boolean and list values are all this
		 * needs.
		 */
		private @Nullable Object value(Value<?> value) {
			if (value instanceof VariableReference variable) {
				return this.variables.get(variable.getName());
			}
			if (value instanceof IntValue integer) {
				return integer.getValue().intValue();
			}
			if (value instanceof BooleanValue bool) {
				return bool.isValue();
			}
			if (value instanceof ArrayValue array) {
				List<@Nullable Object> values = new ArrayList<>();
				array.getValues().forEach(element -> values.add(value(element)));
				return values;
			}
			return (value instanceof NullValue) ? null : value;
		}

	}

}
