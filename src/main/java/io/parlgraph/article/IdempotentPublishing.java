package io.parlgraph.article;

import io.parlgraph.article.ArticleInputs.PublishArticleInput;
import io.parlgraph.write.MutationTransaction;
import io.parlgraph.write.Payload;

import org.springframework.stereotype.Component;

/**
 * Publishes an article once, however often the publish is sent: a repeat returns the
 * stored article, also when it raced the publish it repeats and lost.
 */
@Component
class IdempotentPublishing {

	private final ArticlePublishing publishing;

	private final MutationTransaction writes;

	IdempotentPublishing(ArticlePublishing publishing, MutationTransaction writes) {
		this.publishing = publishing;
		this.writes = writes;
	}

	Payload<Article> publish(PublishArticleInput input) {
		Payload<Article> payload = this.writes.run(errors -> this.publishing.publish(input, errors));
		if (payload.result() != null) {
			return payload;
		}
		// an identical publish committed after this one looked for it fails this one, on
		// the
		// unique URL or key (CONFLICT), or as TAKEN on the slug: it is a repeat, so it
		// returns
		// what that stored, or CONFLICT if it came with the same key but another payload
		Payload<Article> repeat = this.writes.run(errors -> this.publishing.published(input).orElse(null));
		return (repeat.result() != null || !repeat.userErrors().isEmpty()) ? repeat : payload;
	}

}
