package io.parlgraph.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import io.parlgraph.graphql.GlobalId;

/**
 * Random GraphQL requests drawn from the schema: random fields, aliases, directives,
 * fragments and depths, with argument values that are valid, at the edges of their range,
 * or wrong, as literals or as variables; and random edits of such documents.
 */
final class Documents {

	private static final String[] INTS = { "0", "1", "2", "20", "100", "101", "-1", "2147483647", "-2147483648",
			"99999999999" };

	private static final String[] EDITS = { "{", "}", "(", ")", ":", "$", "...", "@skip", "@include(if: $x)", "\"",
			"\"\"\"", "\\u0000", "#", ",", "!", "[", "]", "=", "fragment", "on", "query", "mutation", "subscription",
			"99999999999999999999", "1e999", "\uD83C\uDFDB", "\uD800", "\u0000", "__schema", "__type(name: 1)" };

	private final GraphQLSchema schema;

	private final SplittableRandom random;

	private final StringBuilder text = new StringBuilder();

	private final StringBuilder variableDefinitions = new StringBuilder();

	private final Map<String, Object> variables = new LinkedHashMap<>();

	private final int maxDepth;

	private Documents(GraphQLSchema schema, SplittableRandom random) {
		this.schema = schema;
		this.random = random;
		this.maxDepth = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 12);
	}

	/** A request of the schema's query type: {@code query} and {@code variables}. */
	static Map<String, Object> request(GraphQLSchema schema, SplittableRandom random) {
		Documents documents = new Documents(schema, random);
		documents.selectionSet(schema.getQueryType(), 0);
		String operation = documents.text.toString();
		String definitions = documents.variableDefinitions.toString();
		String query = definitions.isEmpty() ? operation : "query(" + definitions + ") " + operation;
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("query", query);
		request.put("variables", documents.variables);
		return request;
	}

	/**
	 * The document with a few random edits: spans deleted or repeated, tokens inserted.
	 */
	static String edit(String document, SplittableRandom random) {
		StringBuilder edited = new StringBuilder(document);
		for (int edits = 1 + random.nextInt(4); edits > 0 && !edited.isEmpty(); edits--) {
			int at = random.nextInt(edited.length());
			int end = Math.min(edited.length(), at + 1 + random.nextInt(20));
			switch (random.nextInt(3)) {
				case 0 -> edited.delete(at, end);
				case 1 -> edited.insert(at, edited.substring(at, end).repeat(1 + random.nextInt(50)));
				default -> edited.insert(at, " " + EDITS[random.nextInt(EDITS.length)] + " ");
			}
		}
		return edited.toString();
	}

	private void selectionSet(GraphQLType type, int depth) {
		this.text.append("{ ");
		if (type instanceof GraphQLFieldsContainer container && depth < this.maxDepth) {
			List<GraphQLFieldDefinition> fields = container.getFieldDefinitions();
			for (int n = 1 + this.random.nextInt(3); n > 0; n--) {
				field(fields.get(this.random.nextInt(fields.size())), depth);
			}
		}
		else {
			this.text.append("__typename ");
		}
		if (this.random.nextInt(4) == 0 && (type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType)) {
			List<GraphQLObjectType> types = this.schema.getAllTypesAsList()
				.stream()
				.filter(GraphQLObjectType.class::isInstance)
				.map(GraphQLObjectType.class::cast)
				.filter(candidate -> this.schema.isPossibleType((GraphQLNamedType) type, candidate))
				.toList();
			if (!types.isEmpty()) {
				GraphQLObjectType on = types.get(this.random.nextInt(types.size()));
				this.text.append("... on ").append(on.getName()).append(' ');
				selectionSet(on, depth);
			}
		}
		this.text.append("} ");
	}

	private void field(GraphQLFieldDefinition field, int depth) {
		if (this.random.nextInt(8) == 0) {
			this.text.append('a').append(this.random.nextInt(30)).append(": ");
		}
		this.text.append(field.getName());
		List<GraphQLArgument> arguments = field.getArguments()
			.stream()
			.filter(argument -> GraphQLTypeUtil.isNonNull(argument.getType()) || this.random.nextInt(3) == 0)
			.toList();
		if (!arguments.isEmpty()) {
			this.text.append('(');
			arguments.forEach(argument -> this.text.append(argument.getName())
				.append(": ")
				.append(value(argument.getType(), 0))
				.append(' '));
			this.text.append(')');
		}
		if (this.random.nextInt(10) == 0) {
			this.text.append(this.random.nextBoolean() ? " @include(if: " : " @skip(if: ")
				.append(this.random.nextBoolean())
				.append(')');
		}
		this.text.append(' ');
		GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
		if (!(type instanceof GraphQLScalarType) && !(type instanceof GraphQLEnumType)) {
			selectionSet(type, depth + 1);
		}
	}

	/** A literal for the input type, or a variable holding a JSON value for it. */
	private String value(GraphQLInputType type, int depth) {
		if (depth == 0 && this.random.nextInt(4) == 0) {
			String name = "v" + this.variables.size();
			this.variableDefinitions.append('$')
				.append(name)
				.append(": ")
				.append(GraphQLTypeUtil.simplePrint(type))
				.append(' ');
			this.variables.put(name, jsonValue(type, 0));
			return "$" + name;
		}
		GraphQLType unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		if (!(type instanceof GraphQLNonNull) && this.random.nextInt(10) == 0) {
			return "null";
		}
		if (unwrapped instanceof GraphQLList list) {
			StringBuilder values = new StringBuilder("[");
			for (int n = this.random.nextInt(4); n > 0; n--) {
				values.append(value((GraphQLInputType) list.getWrappedType(), depth + 1)).append(' ');
			}
			return values.append(']').toString();
		}
		if (unwrapped instanceof GraphQLInputObjectType object) {
			StringBuilder fields = new StringBuilder("{ ");
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				if (this.random.nextInt(3) == 0) {
					fields.append(field.getName()).append(": ").append(value(field.getType(), depth + 1)).append(' ');
				}
			}
			return fields.append('}').toString();
		}
		if (unwrapped instanceof GraphQLEnumType enumType) {
			return (this.random.nextInt(10) == 0) ? "NOT_A_VALUE"
					: enumType.getValues().get(this.random.nextInt(enumType.getValues().size())).getName();
		}
		String scalar = ((GraphQLNamedType) unwrapped).getName();
		return scalar.equals("Int") ? INTS[this.random.nextInt(INTS.length)]
				: scalar.equals("Boolean") ? Boolean.toString(this.random.nextBoolean()) : quoted(string(scalar));
	}

	/**
	 * A JSON value for a variable of the type: mostly right, sometimes of the wrong
	 * shape.
	 */
	private Object jsonValue(GraphQLInputType type, int depth) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		int pick = this.random.nextInt(12);
		if (pick == 0) {
			return deepList(1 + this.random.nextInt(depth == 0 ? 300 : 3));
		}
		if (pick == 1) {
			return this.random.nextBoolean() ? Map.of("x", 1) : (Object) 1e300;
		}
		if (unwrapped instanceof GraphQLList list) {
			return IntStream.range(0, this.random.nextInt(this.random.nextInt(20) == 0 ? 200 : 4))
				.mapToObj(i -> jsonValue((GraphQLInputType) list.getWrappedType(), depth + 1))
				.toList();
		}
		if (unwrapped instanceof GraphQLInputObjectType object) {
			Map<String, Object> fields = new LinkedHashMap<>();
			object.getFieldDefinitions()
				.forEach(field -> fields.put(field.getName(), jsonValue(field.getType(), depth + 1)));
			return fields;
		}
		if (unwrapped instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(this.random.nextInt(enumType.getValues().size())).getName();
		}
		String scalar = ((GraphQLNamedType) unwrapped).getName();
		return scalar.equals("Int") ? this.random.nextInt(-5, 200)
				: scalar.equals("Boolean") ? (Object) this.random.nextBoolean() : string(scalar);
	}

	private Object deepList(int depth) {
		Object value = List.of();
		for (int i = 0; i < depth; i++) {
			value = List.of(value);
		}
		return value;
	}

	/** A string for a scalar: a valid value, a near miss, or anything at all. */
	private String string(String scalar) {
		return switch (this.random.nextInt(3)) {
			case 0 -> switch (scalar) {
				case "ID" -> GlobalId.encode(
						List.copyOf(GlobalId.NODE_TYPES).get(this.random.nextInt(GlobalId.NODE_TYPES.size())),
						this.random.nextLong(-2, 60));
				case "Date" -> "2023-04-" + (10 + this.random.nextInt(25));
				case "DateTime" -> "2023-04-28T12:18:00+04:00";
				case "URL" -> "https://example.org/" + this.random.nextInt(100);
				case "LanguageCode" -> List.of("en", "tr", "az", "zz-Latn").get(this.random.nextInt(4));
				case "CountryCode" -> List.of("AZ", "TR", "XX", "az").get(this.random.nextInt(4));
				default -> "parliament";
			};
			case 1 -> List
				.of("", " ", "2023-02-30", "cursor:1", "Y3Vyc29yOi0x", "javascript:alert(1)", "'; drop table quote; --",
						"%00", "\\", "\u202E", "\uD83C\uDFDB")
				.get(this.random.nextInt(11));
			default -> randomText(this.random.nextInt(this.random.nextInt(20) == 0 ? 5000 : 40));
		};
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(
					(char) (this.random.nextBoolean() ? this.random.nextInt(32, 127) : this.random.nextInt(0, 0xFFFF)));
		}
		return text.toString();
	}

	/** A GraphQL string literal of any text. */
	private static String quoted(String text) {
		StringBuilder literal = new StringBuilder("\"");
		text.chars().forEach(c -> {
			if (c == '"' || c == '\\') {
				literal.append('\\').append((char) c);
			}
			else if (c < 0x20) {
				literal.append("\\u%04x".formatted(c));
			}
			else {
				literal.append((char) c);
			}
		});
		return literal.append('"').toString();
	}

}
