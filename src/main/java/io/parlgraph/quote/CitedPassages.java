package io.parlgraph.quote;

import io.parlgraph.quote.QuoteInput.SourceInput;
import io.parlgraph.write.UserErrors;
import org.jspecify.annotations.Nullable;

/**
 * Checks the passage of an article that a quote's source names. The article feature
 * implements it, so that quote does not depend on article, which depends on quote.
 */
public interface CitedPassages {

	/**
	 * The ID of the live (not retracted) article the source names, recording an error if
	 * the offsets do not mark a passage of its body; null, with an error, if it names no
	 * live article. {@code at} is the input object that holds the source's fields.
	 */
	@Nullable Long check(SourceInput source, UserErrors errors, String... at);

}
