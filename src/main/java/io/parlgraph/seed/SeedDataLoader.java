package io.parlgraph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.parlgraph.article.Article;
import io.parlgraph.article.NewArticle;
import io.parlgraph.data.BaseEntity;
import io.parlgraph.event.Event;
import io.parlgraph.event.EventInput;
import io.parlgraph.event.EventWrites;
import io.parlgraph.graphql.GlobalId;
import io.parlgraph.graphql.ScalarValues;
import io.parlgraph.parliament.Parliament;
import io.parlgraph.parliament.ParliamentInput;
import io.parlgraph.parliament.ParliamentMembership;
import io.parlgraph.parliament.ParliamentWrites;
import io.parlgraph.protocol.Protocol;
import io.parlgraph.protocol.ProtocolInput;
import io.parlgraph.protocol.ProtocolInput.ProtocolPartyInput;
import io.parlgraph.protocol.ProtocolWrites;
import io.parlgraph.quote.Quote;
import io.parlgraph.quote.QuoteInput;
import io.parlgraph.quote.QuoteWrites;
import io.parlgraph.search.SearchIndex;
import io.parlgraph.search.SearchableType;
import io.parlgraph.seed.SeedFiles.SeedFile;
import io.parlgraph.seed.SeedRecords.ArticleRecord;
import io.parlgraph.seed.SeedRecords.EventRecord;
import io.parlgraph.seed.SeedRecords.MeetingRecord;
import io.parlgraph.seed.SeedRecords.ParliamentNameRecord;
import io.parlgraph.seed.SeedRecords.ParliamentRecord;
import io.parlgraph.seed.SeedRecords.PartyRecord;
import io.parlgraph.seed.SeedRecords.ProtocolRecord;
import io.parlgraph.seed.SeedRecords.QuoteRecord;
import io.parlgraph.seed.SeedRecords.Source;
import io.parlgraph.seed.SeedRecords.SpeakerNameRecord;
import io.parlgraph.seed.SeedRecords.SpeakerRecord;
import io.parlgraph.seed.SeedRecords.TermRecord;
import io.parlgraph.seed.SeedRecords.VisitRecord;
import io.parlgraph.speaker.Speaker;
import io.parlgraph.speaker.SpeakerInput;
import io.parlgraph.speaker.SpeakerTerm;
import io.parlgraph.speaker.SpeakerTermInput;
import io.parlgraph.speaker.SpeakerTermWrites;
import io.parlgraph.speaker.SpeakerWrites;
import io.parlgraph.visit.Meeting;
import io.parlgraph.visit.MeetingInput;
import io.parlgraph.visit.MeetingWrites;
import io.parlgraph.visit.Visit;
import io.parlgraph.visit.VisitInput;
import io.parlgraph.visit.VisitWrites;
import io.parlgraph.write.LocalizedNameInput;
import io.parlgraph.write.UserError;
import io.parlgraph.write.UserErrors;
import io.parlgraph.write.UserErrors.RejectedInputException;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed files at start-up, before the server takes requests. All files are read
 * and checked first, then every record is written in one transaction: a bad file stops
 * start-up with a message naming the file and the field, and leaves nothing half-loaded.
 * Records whose slug is already stored are skipped, so loading again adds only what is
 * new. Instances that start at once on one database take turns, so the second adds
 * nothing instead of failing on a duplicate. What it adds is indexed for search in the
 * same transaction. Every fact but articles is written by its feature's
 * {@code FactWrites}, with the checks a mutation's input gets; articles are stored as
 * they are, as publishing one is news that the event log reports and the seed's are not.
 */
@Component
@EnableConfigurationProperties(SeedProperties.class)
class SeedDataLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SeedDataLoader.class);

	private final SeedProperties properties;

	private final ResourceLoader resources;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final SearchIndex searchIndex;

	private final ParliamentWrites parliaments;

	private final SpeakerWrites speakers;

	private final EventWrites events;

	private final VisitWrites visits;

	private final ProtocolWrites protocols;

	private final SpeakerTermWrites terms;

	private final MeetingWrites meetings;

	private final QuoteWrites quotes;

	SeedDataLoader(SeedProperties properties, ResourceLoader resources, EntityManager entityManager, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, SearchIndex searchIndex, ParliamentWrites parliaments,
			SpeakerWrites speakers, EventWrites events, VisitWrites visits, ProtocolWrites protocols,
			SpeakerTermWrites terms, MeetingWrites meetings, QuoteWrites quotes) {
		this.properties = properties;
		this.resources = resources;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.searchIndex = searchIndex;
		this.parliaments = parliaments;
		this.speakers = speakers;
		this.events = events;
		this.visits = visits;
		this.protocols = protocols;
		this.terms = terms;
		this.meetings = meetings;
		this.quotes = quotes;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.enabled()) {
			load(this.properties.location());
		}
	}

	/** Loads the seed files at the location; returns how many records were new. */
	int load(String location) {
		SeedFiles files = SeedFiles.read(this.resources, location);
		Integer added = this.transaction.execute(status -> new Import(files).run());
		logger.info("Seed data from {}: {} new record(s)", location, added);
		return (added != null) ? added : 0;
	}

	/**
	 * An entity of the seed, and whether this load added it (only then are its parts
	 * written).
	 */
	record Stored<E extends BaseEntity>(E entity, boolean isNew) {

		long id() {
			return this.entity.getId();
		}

		void whenNew(Runnable write) {
			if (this.isNew) {
				write.run();
			}
		}

	}

	/**
	 * One run of the import, inside the transaction: the slugs it has seen, and what it
	 * added.
	 */
	private final class Import {

		private final SeedFiles files;

		/**
		 * Slug to ID, per entity type, of every record seen: new or already stored; in
		 * load order.
		 */
		private final Map<Class<?>, Map<String, Long>> ids = new LinkedHashMap<>();

		/** The records this run adds, as "Type:slug". */
		private final Set<String> added = new HashSet<>();

		private final Map<Long, String> articleBodies = new HashMap<>();

		private String file = "";

		Import(SeedFiles files) {
			this.files = files;
		}

		int run() {
			// instances sharing a database load one at a time; the lock is held until
			// commit
			jdbc.sql("select id from seed_lock where id = 1 for update").query(Integer.class).single();
			each(this.files.articles(), this::article);
			// the facts are indexed as they are created: the search index numbers its
			// documents (which order equal hits) in load order on every fresh database
			index(Article.class);
			each(this.files.parliaments(), this::parliament);
			each(this.files.parliaments(), this::memberships);
			each(this.files.speakers(), this::speaker);
			each(this.files.terms(), this::term);
			each(this.files.events(), this::event);
			each(this.files.visits(), this::visit);
			each(this.files.protocols(), this::protocol);
			each(this.files.protocols(), this::references);
			each(this.files.quotes(), this::quote);
			each(this.files.quotes(), this::translation);
			return this.added.size();
		}

		/** Makes the records of the type that this run added searchable. */
		private void index(Class<?> type) {
			SearchableType searchable = SearchableType.of(type).orElseThrow();
			searchIndex.index(searchable,
					this.ids.getOrDefault(type, Map.of())
						.entrySet()
						.stream()
						.filter(slug -> isNew(type, slug.getKey()))
						.map(Map.Entry::getValue)
						.toList());
		}

		private void article(String at, ArticleRecord r) {
			NewArticle input = new NewArticle(r.slug(), r.headline(), r.publisher(), url(at, r.url()), r.publishedAt(),
					language(at, r.language()), r.body());
			Stored<Article> article = store(Article.class, at, r.slug(), errors -> {
				Article unsaved = input.unsaved(errors, at);
				return (unsaved != null) ? persisted(unsaved) : null;
			});
			this.articleBodies.put(article.entity().getId(), r.body());
		}

		private void parliament(String at, ParliamentRecord r) {
			List<LocalizedNameInput> names = new ArrayList<>();
			for (int i = 0; i < r.names().size(); i++) {
				ParliamentNameRecord name = r.names().get(i);
				names.add(new LocalizedNameInput(language(at + ".names[" + i + "]", name.language()), name.name(),
						name.shortName()));
			}
			ParliamentInput input = new ParliamentInput(r.slug(), r.kind(), country(at, r.country()),
					url(at, r.website()), names);
			Stored<Parliament> parliament = store(Parliament.class, at, r.slug(),
					errors -> parliaments.create(input, errors, at));
			sources("parliament_source", parliament, at, r.sources());
		}

		private void memberships(String at, ParliamentRecord r) {
			for (int i = 0; i < r.memberOf().size(); i++) {
				var membership = new ParliamentMembership(id(Parliament.class, r.slug()),
						ref(Parliament.class, at + ".memberOf[" + i + "]", r.memberOf().get(i)));
				if (isNew(Parliament.class, r.slug())) {
					entityManager.persist(membership);
				}
			}
		}

		private void speaker(String at, SpeakerRecord r) {
			List<LocalizedNameInput> names = new ArrayList<>();
			for (int i = 0; i < r.names().size(); i++) {
				SpeakerNameRecord name = r.names().get(i);
				names.add(
						new LocalizedNameInput(language(at + ".names[" + i + "]", name.language()), name.name(), null));
			}
			SpeakerInput input = new SpeakerInput(r.slug(), r.name(), country(at, r.country()), names);
			Stored<Speaker> speaker = store(Speaker.class, at, r.slug(), errors -> speakers.create(input, errors, at));
			sources("speaker_source", speaker, at, r.sources());
		}

		private void term(String at, TermRecord r) {
			SpeakerTermInput input = new SpeakerTermInput(globalId(Speaker.class, at + ".speaker", r.speaker()),
					globalId(Parliament.class, at + ".parliament", r.parliament()), r.title(), r.startDate(),
					r.endDate(), r.slug());
			Stored<SpeakerTerm> term = store(SpeakerTerm.class, at, r.slug(),
					errors -> terms.create(input, errors, at));
			sources("speaker_term_source", term, at, r.sources());
		}

		private void event(String at, EventRecord r) {
			EventInput input = new EventInput(r.slug(), r.kind(), r.name(), r.description(), r.startDate(), r.endDate(),
					r.city(), country(at, r.country()),
					optionalGlobalId(Parliament.class, at + ".organizer", r.organizer()));
			Stored<Event> event = store(Event.class, at, r.slug(), errors -> events.create(input, errors, at));
			sources("event_source", event, at, r.sources());
		}

		private void visit(String at, VisitRecord r) {
			VisitInput input = new VisitInput(r.slug(), r.kind(), globalId(Speaker.class, at + ".visitor", r.visitor()),
					globalId(Parliament.class, at + ".visitorParliament", r.visitorParliament()),
					globalId(Parliament.class, at + ".hostParliament", r.hostParliament()), r.city(),
					country(at, r.country()), r.startDate(), r.endDate(),
					optionalGlobalId(Event.class, at + ".occasion", r.occasion()));
			Stored<Visit> visit = store(Visit.class, at, r.slug(), errors -> visits.create(input, errors, at));
			sources("visit_source", visit, at, r.sources());
			for (int i = 0; i < r.meetings().size(); i++) {
				meeting(at + ".meetings[" + i + "]", visit.id(), r.meetings().get(i));
			}
		}

		private void meeting(String at, long visitId, MeetingRecord r) {
			List<String> participants = new ArrayList<>();
			for (int i = 0; i < r.participants().size(); i++) {
				participants.add(globalId(Speaker.class, at + ".participants[" + i + "]", r.participants().get(i)));
			}
			MeetingInput input = new MeetingInput(r.slug(), GlobalId.encode("Visit", visitId), r.heldOn(), r.format(),
					r.summary(), participants);
			Stored<Meeting> meeting = store(Meeting.class, at, r.slug(), errors -> meetings.create(input, errors, at));
			sources("meeting_source", meeting, at, r.sources());
		}

		private void protocol(String at, ProtocolRecord r) {
			List<ProtocolPartyInput> parties = new ArrayList<>();
			for (int i = 0; i < r.parties().size(); i++) {
				String partyAt = at + ".parties[" + i + "]";
				PartyRecord party = r.parties().get(i);
				parties.add(new ProtocolPartyInput(country(partyAt, party.country()),
						optionalGlobalId(Parliament.class, partyAt + ".parliament", party.parliament()),
						optionalGlobalId(Speaker.class, partyAt + ".signatory", party.signatory()),
						party.signatoryName(), party.signatoryTitle()));
			}
			ProtocolInput input = new ProtocolInput(r.slug(), r.kind(), r.title(), r.signedOn(), r.city(),
					country(at, r.country()), optionalGlobalId(Visit.class, at + ".visit", r.visit()), parties);
			Stored<Protocol> protocol = store(Protocol.class, at, r.slug(),
					errors -> protocols.create(input, errors, at));
			sources("protocol_source", protocol, at, r.sources());
		}

		private void references(String at, ProtocolRecord r) {
			for (int i = 0; i < r.references().size(); i++) {
				long referenced = ref(Protocol.class, at + ".references[" + i + "]", r.references().get(i));
				if (isNew(Protocol.class, r.slug())) {
					jdbc.sql("insert into protocol_reference (protocol_id, referenced_id) values (?, ?)")
						.params(id(Protocol.class, r.slug()), referenced)
						.update();
				}
			}
		}

		/**
		 * A quote, without what it translates: that may be a later record, so it is set
		 * once all are stored ({@link #translation}); its sources are the seed's to cite.
		 */
		private void quote(String at, QuoteRecord r) {
			QuoteInput input = new QuoteInput(r.slug(), globalId(Speaker.class, at + ".speaker", r.speaker()), r.text(),
					language(at, r.language()), r.kind(), r.medium(), r.saidOn(), url(at, r.url()),
					optionalGlobalId(Visit.class, at + ".visit", r.visit()), null, null);
			Stored<Quote> quote = store(Quote.class, at, r.slug(), errors -> quotes.create(input, errors, at));
			sources("quote_source", quote, at, r.sources());
		}

		private void translation(String at, QuoteRecord r) {
			String original = optionalGlobalId(Quote.class, at + ".translationOf", r.translationOf());
			if (original != null && isNew(Quote.class, r.slug())) {
				Quote quote = entityManager.find(Quote.class, id(Quote.class, r.slug()));
				created(errors -> {
					quotes.translate(quote, original, errors, at);
					return quote;
				});
			}
		}

		/**
		 * The record's entity: the one stored with the slug already (then nothing is
		 * written), or else the one {@code create} saves, which for the facts that
		 * mutations write too is the feature's own write, with its checks. The caller
		 * checks the record's fields and references before, whether the entity is stored
		 * or not.
		 */
		private <E extends BaseEntity> Stored<E> store(Class<E> type, String at, String slug,
				Function<UserErrors, @Nullable E> create) {
			Map<String, Long> seen = this.ids.computeIfAbsent(type, t -> new LinkedHashMap<>());
			if (seen.containsKey(slug)) {
				throw new SeedDataException(this.file, at + ".slug", "'" + slug + "' is used twice");
			}
			Optional<E> stored = entityManager
				.createQuery("select e from " + type.getSimpleName() + " e where e.slug = :slug", type)
				.setParameter("slug", slug)
				.getResultStream()
				.findFirst();
			E entity = stored.orElseGet(() -> created(create));
			if (stored.isEmpty()) {
				this.added.add(type.getSimpleName() + ":" + slug);
			}
			seen.put(slug, entity.getId());
			return new Stored<>(entity, stored.isEmpty());
		}

		/**
		 * What {@code create} saves or changes; the first user error it records stops the
		 * load, naming the field.
		 */
		private <E> E created(Function<UserErrors, @Nullable E> create) {
			UserErrors errors = new UserErrors();
			E created = create.apply(errors);
			try {
				return errors.orThrow(created);
			}
			catch (RejectedInputException ex) {
				UserError first = ex.errors().get(0);
				throw new SeedDataException(this.file, field(first.field()), first.message());
			}
		}

		private <E> E persisted(E entity) {
			entityManager.persist(entity);
			return entity;
		}

		private boolean isNew(Class<?> type, String slug) {
			return this.added.contains(type.getSimpleName() + ":" + slug);
		}

		private long id(Class<?> type, String slug) {
			return this.ids.get(type).get(slug);
		}

		private long ref(Class<?> type, String field, String slug) {
			Long id = this.ids.getOrDefault(type, Map.of()).get(slug);
			if (id == null) {
				throw new SeedDataException(this.file, field, "no " + type.getSimpleName() + " with slug '" + slug
						+ "' (records may refer only to earlier files)");
			}
			return id;
		}

		/**
		 * The global ID of the record the slug names, as a mutation's input refers to it.
		 */
		private String globalId(Class<?> type, String field, String slug) {
			return GlobalId.encode(type.getSimpleName(), ref(type, field, slug));
		}

		private @Nullable String optionalGlobalId(Class<?> type, String field, @Nullable String slug) {
			return (slug != null) ? globalId(type, field, slug) : null;
		}

		private @Nullable String country(String at, @Nullable String country) {
			return check(at + ".country", country, ScalarValues::parseCountry);
		}

		private String language(String at, String language) {
			String checked = check(at + ".language", language, ScalarValues::parseLanguage);
			return (checked != null) ? checked : language;
		}

		private @Nullable String url(String at, @Nullable String url) {
			return check(at + ".url", url, ScalarValues::parseUrl);
		}

		/** Validates (and normalizes) a value as its GraphQL scalar would. */
		private @Nullable String check(String field, @Nullable String value, UnaryOperator<String> parse) {
			try {
				return (value != null) ? parse.apply(value) : null;
			}
			catch (IllegalArgumentException ex) {
				throw new SeedDataException(this.file, field, ex.getMessage());
			}
		}

		/**
		 * Checks a fact's citations, turning each passage into offsets in its article's
		 * body; writes them if the fact is new.
		 */
		private void sources(String table, Stored<?> subject, String at, List<Source> sources) {
			for (int i = 0; i < sources.size(); i++) {
				Source source = sources.get(i);
				String field = at + ".sources[" + i + "]";
				long articleId = ref(Article.class, field + ".article", source.article());
				Integer start = null;
				Integer end = null;
				if (source.passage() != null) {
					int found = this.articleBodies.get(articleId).indexOf(source.passage());
					if (found < 0) {
						throw new SeedDataException(this.file, field + ".passage",
								"not found in the body of article '" + source.article() + "'");
					}
					start = found;
					end = found + source.passage().length();
				}
				Object[] row = { subject.id(), articleId, start, end };
				subject.whenNew(() -> jdbc
					.sql("insert into " + table
							+ " (subject_id, article_id, start_offset, end_offset) values (?, ?, ?, ?)")
					.params(row)
					.update());
			}
		}

		/**
		 * A user error's field as a seed file's path: {@code [2].parties[0].signatory}.
		 */
		private static String field(List<String> path) {
			StringBuilder field = new StringBuilder();
			for (String name : path) {
				if (name.chars().allMatch(Character::isDigit)) {
					field.append('[').append(name).append(']');
				}
				else {
					field.append(name.startsWith("[") || field.isEmpty() ? "" : ".").append(name);
				}
			}
			return field.toString();
		}

		private <T> void each(SeedFile<T> seedFile, BiConsumer<String, T> action) {
			this.file = seedFile.name();
			for (int i = 0; i < seedFile.records().size(); i++) {
				action.accept("[" + i + "]", seedFile.records().get(i));
			}
		}

	}

}
