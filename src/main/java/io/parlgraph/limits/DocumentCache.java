package io.parlgraph.limits;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.language.OperationDefinition;
import io.parlgraph.graphql.OperationTypes;
import io.parlgraph.graphql.Rejection;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Parses each document within the token limit and checks {@link DocumentLimits} before
 * graphql-java validates it, and caches the outcome (the parsed, validated document, or
 * the errors), so a repeated document, good or hostile, costs a cache lookup.
 */
@Component
@EnableConfigurationProperties(LimitProperties.class)
class DocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer, OperationTypes {

	private final Cache<Key, PreparsedDocumentEntry> entries;

	private final ParserOptions parserOptions;

	private final DocumentLimits documentLimits;

	DocumentCache(LimitProperties limits) {
		this.entries = Caffeine.newBuilder()
			.maximumWeight(limits.documentCacheSize().toBytes())
			.weigher((Key key, PreparsedDocumentEntry entry) -> key.document().length())
			.build();
		int maxCharacters = (int) Math.min(Integer.MAX_VALUE, limits.maxBodySize().toBytes());
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxTokens(limits.maxTokens()).maxCharacters(maxCharacters));
		this.documentLimits = new DocumentLimits(limits);
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		// messages are localized, so the locale is part of the key
		Key key = new Key(input.getQuery(), input.getLocale());
		return CompletableFuture.completedFuture(this.entries.get(key, k -> prepare(input, parseAndValidate)));
	}

	@Override
	public OperationDefinition.@Nullable Operation typeOf(ExecutionGraphQlRequest request) {
		PreparsedDocumentEntry entry = this.entries.getIfPresent(new Key(request.getDocument(), request.getLocale()));
		if (entry == null || entry.hasErrors()) {
			return null;
		}
		List<OperationDefinition> operations = entry.getDocument().getDefinitionsOfType(OperationDefinition.class);
		String name = request.getOperationName();
		return operations.stream()
			.filter(operation -> (name != null) ? name.equals(operation.getName()) : operations.size() == 1)
			.map(OperationDefinition::getOperation)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Parses the document under the limits and measures it; only a document within every
	 * limit is handed to graphql-java to parse (again) and validate. The second parse of
	 * a bounded document costs little, next to validating an unbounded one.
	 */
	private PreparsedDocumentEntry prepare(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		int surrogate = unpairedSurrogate(input.getQuery());
		if (surrogate >= 0) {
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.InvalidSyntax)
				.message("Invalid syntax: an unpaired surrogate (\\u%04X) at offset %d; a document is Unicode text"
					.formatted((int) input.getQuery().charAt(surrogate), surrogate))
				.build());
		}
		Document document;
		try {
			document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
				.document(input.getQuery())
				.parserOptions(this.parserOptions)
				.locale(locale(input))
				.build());
		}
		catch (ParseCancelledTooDeepException ex) {
			return new PreparsedDocumentEntry(Rejection.MAX_DEPTH_LIMIT.error(ex.getMessage()));
		}
		catch (ParseCancelledException | ParseCancelledTooManyCharsException ex) {
			return new PreparsedDocumentEntry(Rejection.MAX_TOKENS_LIMIT.error(ex.getMessage()));
		}
		catch (InvalidSyntaxException ex) {
			return new PreparsedDocumentEntry(ex.toInvalidSyntaxError());
		}
		List<GraphQLError> exceeded = this.documentLimits.check(document);
		return exceeded.isEmpty() ? parseAndValidate.apply(input) : new PreparsedDocumentEntry(exceeded);
	}

	/**
	 * Where the text has a surrogate that is not half of a pair, or -1. GraphQL documents
	 * are Unicode text, and graphql-java's ANTLR lexer can fail on such a surrogate with
	 * an exception instead of a syntax error.
	 */
	static int unpairedSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	private static Locale locale(ExecutionInput input) {
		return (input.getLocale() != null) ? input.getLocale() : Locale.getDefault();
	}

	private record Key(String document, @Nullable Locale locale) {
	}

}
