package io.parlgraph.article;

import static io.parlgraph.write.UserErrors.path;

import java.time.OffsetDateTime;

import io.parlgraph.write.Slugs;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import org.jspecify.annotations.Nullable;

/**
 * An article's own fields, as {@code publishArticle} and the loaders give them, with the
 * checks every writer of an article gets. Publishing adds what makes an article news (the
 * facts it mentions, the quotes it carries, the event that reports it); a loader's
 * articles are records, cited by its facts afterwards.
 */
public record NewArticle(String slug, String headline, String publisher, String url, OffsetDateTime publishedAt,
		String language, String body) {

	/**
	 * The unsaved article, as far as its fields alone tell: the slug's form, headline,
	 * publisher and body given, within their lengths; null (with errors) if any is bad.
	 * Whether the slug is free is for the writer to check ({@code StoredFacts#slugFree}).
	 */
	public @Nullable Article unsaved(UserErrors errors, String... at) {
		int errorsBefore = errors.count();
		String slug = Slugs.check(this.slug, errors, path(at, "slug"));
		String headline = errors.required(this.headline, 500, path(at, "headline"));
		String publisher = errors.required(this.publisher, 200, path(at, "publisher"));
		errors.atMost(2000, this.url, path(at, "url"));
		if (this.body.isBlank()) {
			// not stripped: passages are offsets into the body as given
			errors.add(Code.REQUIRED, "Must not be blank", path(at, "body"));
		}
		if (errors.count() > errorsBefore || slug == null || headline == null || publisher == null) {
			return null;
		}
		return new Article(slug, headline, publisher, this.url, this.publishedAt, this.language, this.body);
	}

}
