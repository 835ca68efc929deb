package io.parlgraph.limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.parlgraph.graphql.Rejection;

/**
 * Measures a parsed document against the depth, alias, root field, selection and
 * directive limits, before it is validated (validation is the costly step a hostile
 * document aims at). Fragments count where they are spread, each one measured once, so
 * fragments that spread each other many times over cost linear time; fragment cycles are
 * left to validation to report.
 */
final class DocumentLimits {

	private final LimitProperties limits;

	DocumentLimits(LimitProperties limits) {
		this.limits = limits;
	}

	/** The limits the document exceeds, as errors; empty if it is within all of them. */
	List<GraphQLError> check(Document document) {
		Measurer measurer = new Measurer(document);
		Shape largest = Shape.NONE;
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			Shape shape = measurer.measure(operation.getSelectionSet());
			largest = new Shape(Math.max(largest.depth, shape.depth), Math.max(largest.aliases, shape.aliases),
					Math.max(largest.directives, Saturating.add(shape.directives, operation.getDirectives().size())),
					Math.max(largest.fields, shape.fields), Math.max(largest.widest, shape.widest));
		}
		List<GraphQLError> errors = new ArrayList<>();
		exceeds(errors, Rejection.MAX_DEPTH_LIMIT, largest.depth, this.limits.maxDepth(),
				"Fields are nested %d levels deep; at most %d levels are allowed");
		exceeds(errors, Rejection.MAX_ALIASES_LIMIT, largest.aliases, this.limits.maxAliases(),
				"The operation uses %d aliases; at most %d are allowed");
		exceeds(errors, Rejection.MAX_ROOT_FIELDS_LIMIT, largest.fields, this.limits.maxRootFields(),
				"The operation selects %d root fields; at most %d are allowed");
		exceeds(errors, Rejection.MAX_SELECTION_FIELDS_LIMIT, largest.widest, this.limits.maxSelectionFields(),
				"A selection set selects %d fields; at most %d are allowed (fields selected over and over cost "
						+ "time to merge for every object)");
		exceeds(errors, Rejection.MAX_DIRECTIVES_LIMIT, largest.directives, this.limits.maxDirectives(),
				"The operation uses %d directives; at most %d are allowed");
		return errors;
	}

	private static void exceeds(List<GraphQLError> errors, Rejection rejection, long value, long max, String message) {
		if (value > max) {
			errors.add(rejection.error(message.formatted(value, max)));
		}
	}

	/**
	 * The shape of a selection set, with fragments expanded.
	 *
	 * @param depth how deeply its fields nest (a leaf field is one level)
	 * @param aliases the aliases in it, at any depth
	 * @param directives the directives in it, at any depth
	 * @param fields the fields directly in it (the root fields, for an operation)
	 * @param widest the most fields directly in it or in any selection set within it
	 */
	private record Shape(long depth, long aliases, long directives, long fields, long widest) {

		static final Shape NONE = new Shape(0, 0, 0, 0, 0);

		Shape plus(Shape other) {
			return new Shape(Math.max(this.depth, other.depth), Saturating.add(this.aliases, other.aliases),
					Saturating.add(this.directives, other.directives), Saturating.add(this.fields, other.fields),
					Math.max(this.widest, other.widest));
		}

	}

	private static final class Measurer {

		private final Map<String, FragmentDefinition> fragments = new HashMap<>();

		private final Map<String, Shape> measured = new HashMap<>();

		private final Set<String> measuring = new HashSet<>();

		Measurer(Document document) {
			for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
				this.fragments.putIfAbsent(fragment.getName(), fragment);
			}
		}

		Shape measure(SelectionSet selectionSet) {
			Shape shape = Shape.NONE;
			for (Selection<?> selection : selectionSet.getSelections()) {
				shape = shape.plus(measure(selection));
			}
			return new Shape(shape.depth, shape.aliases, shape.directives, shape.fields,
					Math.max(shape.widest, shape.fields));
		}

		private Shape measure(Selection<?> selection) {
			if (selection instanceof Field field) {
				Shape children = (field.getSelectionSet() != null) ? measure(field.getSelectionSet()) : Shape.NONE;
				// introspection (__schema, __type) is bounded by graphql-java's
				// good-faith checks
				long depth = field.getName().startsWith("__") ? 0 : 1 + children.depth;
				return new Shape(depth, Saturating.add(children.aliases, (field.getAlias() != null) ? 1 : 0),
						Saturating.add(children.directives, field.getDirectives().size()), 1, children.widest);
			}
			if (selection instanceof InlineFragment inline) {
				return measure(inline.getSelectionSet()).plus(directives(inline.getDirectives().size()));
			}
			FragmentSpread spread = (FragmentSpread) selection;
			return fragment(spread.getName()).plus(directives(spread.getDirectives().size()));
		}

		private Shape fragment(String name) {
			Shape shape = this.measured.get(name);
			if (shape != null) {
				return shape;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			if (fragment == null || !this.measuring.add(name)) {
				return Shape.NONE; // unknown or cyclic: validation reports it
			}
			shape = measure(fragment.getSelectionSet()).plus(directives(fragment.getDirectives().size()));
			this.measuring.remove(name);
			this.measured.put(name, shape);
			return shape;
		}

		private static Shape directives(int count) {
			return new Shape(0, 0, count, 0, 0);
		}

	}

}
