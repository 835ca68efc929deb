package io.parlgraph.article;

import static io.parlgraph.write.UserErrors.path;

import java.util.Map;

import io.parlgraph.article.ArticleInputs.MentionInput;
import io.parlgraph.data.BaseEntity;
import io.parlgraph.data.SourceTables;
import io.parlgraph.event.EventWrites;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.InvalidInputException;
import io.parlgraph.parliament.ParliamentWrites;
import io.parlgraph.speaker.SpeakerWrites;
import io.parlgraph.write.UserError.Code;
import io.parlgraph.write.UserErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the mentions of an article being published into citations: of a stored fact given
 * by its ID, or of the parliament, speaker or event a mention describes, created if no
 * fact has its slug.
 */
@Component
class MentionResolver {

	private final ParliamentWrites parliaments;

	private final SpeakerWrites speakers;

	private final EventWrites events;

	private final JdbcClient jdbc;

	MentionResolver(ParliamentWrites parliaments, SpeakerWrites speakers, EventWrites events, JdbcClient jdbc) {
		this.parliaments = parliaments;
		this.speakers = speakers;
		this.events = events;
		this.jdbc = jdbc;
	}

	/**
	 * The citation of what the mention names, creating it if it is new; null after
	 * recording what is wrong with it. {@code created} holds the facts earlier mentions
	 * describe, by type and slug.
	 */
	@Nullable Citation resolve(MentionInput mention, String body, Map<String, Object> created, UserErrors errors, String... at) {
		int given = count(mention.id(), mention.parliament(), mention.speaker(), mention.event());
		if (given != 1) {
			errors.add(Code.INVALID,
					"Give exactly one of 'id', 'parliament', 'speaker' and 'event'; " + given + " were given", at);
			return null;
		}
		if (!sameAsEarlier(mention, created, errors, at)) {
			return null;
		}
		Integer start = null;
		Integer end = null;
		if (mention.passage() != null) {
			int found = body.indexOf(mention.passage());
			if (mention.passage().isEmpty() || found < 0) {
				errors.add(Code.INVALID, "Not found in the article's body", path(at, "passage"));
				return null;
			}
			start = found;
			end = found + mention.passage().length();
		}
		String type;
		BaseEntity subject;
		if (mention.parliament() != null) {
			type = "Parliament";
			subject = this.parliaments.findOrCreate(mention.parliament(), errors, path(at, "parliament"));
		}
		else if (mention.speaker() != null) {
			type = "Speaker";
			subject = this.speakers.findOrCreate(mention.speaker(), errors, path(at, "speaker"));
		}
		else if (mention.event() != null) {
			type = "Event";
			subject = this.events.findOrCreate(mention.event(), errors, path(at, "event"));
		}
		else {
			return storedFact(mention.id(), start, end, errors, path(at, "id"));
		}
		return (subject != null) ? new Citation(type, subject.getId(), start, end) : null;
	}

	/**
	 * Whether the fact the mention describes (if it describes one rather than giving an
	 * ID) is described by no earlier mention, or the same way: a slug names one fact, so
	 * the second of two different descriptions would be dropped without a word.
	 */
	private static boolean sameAsEarlier(MentionInput mention, Map<String, Object> created, UserErrors errors,
			String... at) {
		String field;
		String slug;
		Object described;
		if (mention.parliament() != null) {
			field = "parliament";
			slug = mention.parliament().slug();
			described = mention.parliament();
		}
		else if (mention.speaker() != null) {
			field = "speaker";
			slug = mention.speaker().slug();
			described = mention.speaker();
		}
		else if (mention.event() != null) {
			field = "event";
			slug = mention.event().slug();
			described = mention.event();
		}
		else {
			return true;
		}
		Object earlier = created.putIfAbsent(field + ":" + slug, described);
		if (earlier != null && !earlier.equals(described)) {
			errors.add(Code.INVALID,
					"An earlier mention describes the " + field + " '" + slug
							+ "' with other values: describe it once, or the same way each time",
					path(at, field, "slug"));
			return false;
		}
		return true;
	}

	/** A citation of a stored fact given by ID. */
	private @Nullable Citation storedFact(String id, @Nullable Integer start, @Nullable Integer end, UserErrors errors,
			String... field) {
		GlobalId decoded;
		try {
			decoded = Mentions.decode(id, "id");
		}
		catch (InvalidInputException ex) {
			errors.add(Code.INVALID, ex.getMessage(), field);
			return null;
		}
		boolean exists = this.jdbc
			.sql("select count(*) from " + SourceTables.factTable(decoded.type()) + " where id = ?")
			.param(decoded.id())
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			errors.add(Code.NOT_FOUND, "No " + decoded.type() + " with this ID", field);
			return null;
		}
		return new Citation(decoded.type(), decoded.id(), start, end);
	}

	private static int count(Object... values) {
		int given = 0;
		for (Object value : values) {
			given += (value != null) ? 1 : 0;
		}
		return given;
	}

}
