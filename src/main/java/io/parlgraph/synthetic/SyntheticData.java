package io.parlgraph.synthetic;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.parlgraph.event.EventKind;
import io.parlgraph.parliament.ParliamentKind;
import io.parlgraph.protocol.ProtocolKind;
import io.parlgraph.quote.QuoteKind;
import io.parlgraph.quote.QuoteMedium;
import io.parlgraph.synthetic.Vocabulary.Name;
import io.parlgraph.visit.MeetingFormat;
import io.parlgraph.visit.VisitKind;
import org.jspecify.annotations.Nullable;

/**
 * The synthetic records of one size, as pure functions of their index: the same size
 * always gives the same records, whatever order they are asked for in. Records refer to
 * each other by index. Quotes, articles, visits and events are spread evenly over 2010 to
 * 2025 in index order, as news accumulates; every fifth quote is said during a visit,
 * every visit holds a meeting, every other visit signs a document, every other document
 * refers to the one before it, and article {@code i} carries quote {@code i}.
 */
final class SyntheticData {

	static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);

	static final int DAYS = (int) (LocalDate.of(2026, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());

	/** The days a parliament's three speakers took office, one after another. */
	private static final List<LocalDate> TERM_STARTS = List.of(FIRST_DAY, LocalDate.of(2015, 7, 1),
			LocalDate.of(2021, 1, 1));

	/**
	 * Every tenth parliament is an assembly of the nine national parliaments that follow
	 * it.
	 */
	private static final int GROUP = 10;

	private static final List<String> COUNTRIES = Arrays.stream(Locale.getISOCountries()).sorted().toList();

	final Size size;

	final int parliaments;

	final int events;

	final int visits;

	final int protocols;

	/**
	 * Parliaments' names, by parliament and language (looking up country names is slow).
	 */
	private final List<Map<String, String>> parliamentNames;

	SyntheticData(Size size) {
		this.size = size;
		this.parliaments = Math.max(2 * GROUP, size.records() / 500 / GROUP * GROUP);
		this.events = size.records() / 50;
		this.visits = size.records() / 10;
		this.protocols = this.visits / 2;
		this.parliamentNames = IntStream.range(0, this.parliaments)
			.mapToObj(p -> Vocabulary.LANGUAGES.stream()
				.collect(Collectors.toMap(Function.identity(), language -> name(p, language))))
			.toList();
	}

	int speakers() {
		return this.parliaments * TERM_STARTS.size();
	}

	int records() {
		return this.size.records();
	}

	ParliamentRow parliament(int p) {
		return new ParliamentRow("syn-parliament-" + p,
				isAssembly(p) ? ParliamentKind.PARLIAMENTARY_ASSEMBLY : ParliamentKind.NATIONAL_PARLIAMENT,
				isAssembly(p) ? null : country(p), this.parliamentNames.get(p),
				isAssembly(p) ? null : (p / GROUP) * GROUP);
	}

	SpeakerRow speaker(int s) {
		SplittableRandom random = random(1, s);
		Name first = pick(Vocabulary.FIRST_NAMES, random);
		Name last = pick(Vocabulary.SURNAMES, random);
		String home = first.home() + " " + last.home();
		int p = s / TERM_STARTS.size();
		int term = s % TERM_STARTS.size();
		LocalDate end = (term + 1 < TERM_STARTS.size()) ? TERM_STARTS.get(term + 1).minusDays(1) : null;
		String title = (isAssembly(p) ? "President of " : "Speaker of ") + parliamentName(p, "en");
		return new SpeakerRow("syn-speaker-" + s, home, country(isAssembly(p) ? p + 1 : p),
				Map.of("az", home, "tr", home, "en", first.latin() + " " + last.latin()), p, title,
				TERM_STARTS.get(term), end);
	}

	EventRow event(int e) {
		SplittableRandom random = random(2, e);
		int organizer = (e % (this.parliaments / GROUP)) * GROUP;
		LocalDate start = day(e, this.events);
		EventKind kind = pick(List.of(EventKind.SESSION, EventKind.SUMMIT, EventKind.CEREMONY, EventKind.OTHER),
				random);
		String city = pick(Vocabulary.CITIES, random);
		String name = capitalized(kind) + " " + (e / (this.parliaments / GROUP) + 1) + " of the "
				+ parliamentName(organizer, "en");
		return new EventRow("syn-event-" + e, kind, name,
				"A " + kind.name().toLowerCase(Locale.ROOT) + " of the " + parliamentName(organizer, "en") + " in "
						+ city + ".",
				start, start.plusDays(random.nextInt(3)), city, country(organizer + 1 + random.nextInt(GROUP - 1)),
				organizer);
	}

	VisitRow visit(int v) {
		SplittableRandom random = random(3, v);
		int visitor = nationalParliament(random);
		int host = otherThan(visitor, nationalParliament(random));
		LocalDate start = day(v, this.visits);
		Integer occasion = (random.nextInt(10) < 3) ? (int) ((long) v * this.events / this.visits) : null;
		return new VisitRow("syn-visit-" + v, pick(Arrays.asList(VisitKind.values()), random),
				presiding(visitor, start), visitor, host, pick(Vocabulary.CITIES, random), country(host), start,
				start.plusDays(1 + random.nextInt(3)), occasion);
	}

	/** The document signed during visit {@code 2r}. */
	ProtocolRow protocol(int r) {
		SplittableRandom random = random(4, r);
		int v = 2 * r;
		VisitRow visit = visit(v);
		String topic = pick(Vocabulary.TOPICS.get(0), random);
		ProtocolKind kind = pick(List.of(ProtocolKind.PROTOCOL, ProtocolKind.MEMORANDUM, ProtocolKind.AGREEMENT),
				random);
		String title = capitalized(kind) + " on " + topic + " between the "
				+ parliamentName(visit.visitorParliament(), "en") + " and the "
				+ parliamentName(visit.hostParliament(), "en");
		return new ProtocolRow("syn-protocol-" + r, kind, title, visit.start(), visit.city(), visit.country(), v,
				List.of(visit.visitorParliament(), visit.hostParliament()),
				List.of(visit.visitor(), presiding(visit.hostParliament(), visit.start())),
				(r % 2 == 1) ? r - 1 : null);
	}

	/**
	 * The meeting held on the first day of visit {@code m}: its visitor and the host's
	 * speaker.
	 */
	MeetingRow meeting(int m) {
		SplittableRandom random = random(7, m);
		VisitRow visit = visit(m);
		MeetingFormat format = pick(Arrays.asList(MeetingFormat.values()), random);
		return new MeetingRow("syn-meeting-" + m, m, visit.start(), format,
				"Talks in " + visit.city() + " (" + format.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ").",
				List.of(visit.visitor(), presiding(visit.hostParliament(), visit.start())));
	}

	/** Whether visit {@code v} signed a document (the even ones). */
	boolean signedDuring(int v) {
		return v % 2 == 0 && v / 2 < this.protocols;
	}

	QuoteRow quote(int q) {
		SplittableRandom random = random(5, q);
		int language = weighted(random);
		Integer visit = (q % 5 == 0) ? (int) ((long) q * this.visits / records()) : null;
		int parliament;
		int other;
		LocalDate day;
		if (visit != null) {
			VisitRow during = visit(visit);
			parliament = during.visitorParliament();
			other = during.hostParliament();
			day = during.start();
		}
		else {
			parliament = nationalParliament(random);
			other = otherThan(parliament, nationalParliament(random));
			day = day(q, records());
		}
		int speaker = presiding(parliament, day);
		String lang = Vocabulary.LANGUAGES.get(language);
		String text = fill(pick(Vocabulary.QUOTES.get(language), random), speaker, parliament, other,
				pick(Vocabulary.TOPICS.get(language), random), lang);
		QuoteMedium medium = pick(List.of(QuoteMedium.STATEMENT, QuoteMedium.STATEMENT, QuoteMedium.STATEMENT,
				QuoteMedium.SPEECH, QuoteMedium.INTERVIEW, QuoteMedium.TWEET, QuoteMedium.PRESS_RELEASE), random);
		return new QuoteRow("syn-quote-" + q, speaker, text, lang,
				random.nextBoolean() ? QuoteKind.DIRECT : QuoteKind.INDIRECT, medium, day,
				(medium == QuoteMedium.TWEET) ? "https://x.com/parlgraph_synthetic/status/" + q : null, visit,
				parliament, other);
	}

	/**
	 * The article that carries quote {@code a}: a lead, the quote, a closing sentence.
	 */
	ArticleRow article(int a) {
		SplittableRandom random = random(6, a);
		QuoteRow quote = quote(a);
		int language = Vocabulary.LANGUAGES.indexOf(quote.language());
		String topic = pick(Vocabulary.TOPICS.get(language), random);
		String lead = fill(Vocabulary.LEADS.get(language), quote.speaker(), quote.parliament(), quote.other(), topic,
				quote.language())
			.replace("{city}", pick(Vocabulary.CITIES, random));
		String body = lead + " " + quote.text() + " "
				+ Vocabulary.CLOSINGS.get(language).replace("{topic}", pick(Vocabulary.TOPICS.get(language), random));
		OffsetDateTime published = quote.saidOn()
			.plusDays(1)
			.atTime(8, 0)
			.plusMinutes(a % 600)
			.atOffset(ZoneOffset.ofHours(4));
		String headline = fill(Vocabulary.HEADLINES.get(language), quote.speaker(), quote.parliament(), quote.other(),
				topic, quote.language());
		return new ArticleRow("syn-article-" + a, headline, pick(Vocabulary.PUBLISHERS, random),
				"https://example.org/parlgraph-synthetic/articles/" + a, published, quote.language(), body,
				lead.length() + 1);
	}

	private String fill(String template, int speaker, int a, int b, String topic, String language) {
		SpeakerRow row = speaker(speaker);
		return template.replace("{speaker}", row.names().getOrDefault(language, row.names().get("en")))
			.replace("{a}", parliamentName(a, language))
			.replace("{b}", parliamentName(b, language))
			.replace("{topic}", topic);
	}

	/** Who presided over the parliament on the day: one of its three speakers. */
	private int presiding(int parliament, LocalDate day) {
		int term = TERM_STARTS.size() - 1;
		while (day.isBefore(TERM_STARTS.get(term))) {
			term--;
		}
		return parliament * TERM_STARTS.size() + term;
	}

	private String parliamentName(int p, String language) {
		return this.parliamentNames.get(p).get(language);
	}

	private String name(int p, String language) {
		if (isAssembly(p)) {
			String city = Vocabulary.CITIES.get((p / GROUP) % Vocabulary.CITIES.size());
			String group = city + ((p / GROUP >= Vocabulary.CITIES.size()) ? " " + (p / GROUP) : "");
			return switch (language) {
				case "tr" -> group + " Grubu Parlamenter Asamblesi";
				case "az" -> group + " Qrupu Parlament Assambleyası";
				case "ru" -> "Парламентская ассамблея группы " + group;
				default -> "Parliamentary Assembly of the " + group + " Group";
			};
		}
		int round = p / COUNTRIES.size();
		return Vocabulary.parliamentName(Vocabulary.country(country(p), language), language)
				+ ((round > 0) ? " " + (round + 1) : "");
	}

	private static boolean isAssembly(int p) {
		return p % GROUP == 0;
	}

	private String country(int p) {
		return COUNTRIES.get(p % COUNTRIES.size());
	}

	private int nationalParliament(SplittableRandom random) {
		int p = random.nextInt(this.parliaments);
		return isAssembly(p) ? p + 1 : p;
	}

	/**
	 * The national parliament drawn, or a neighbour of {@code p} if that is the one
	 * drawn.
	 */
	private static int otherThan(int p, int drawn) {
		if (drawn != p) {
			return drawn;
		}
		return (p % GROUP == GROUP - 1) ? p - 1 : p + 1;
	}

	/**
	 * The day of the {@code i}-th of {@code count} records spread evenly over the years
	 * covered.
	 */
	private static LocalDate day(int i, int count) {
		return FIRST_DAY.plusDays((long) i * DAYS / count);
	}

	private static int weighted(SplittableRandom random) {
		int roll = random.nextInt(Arrays.stream(Vocabulary.LANGUAGE_WEIGHTS).sum());
		int language = 0;
		while (roll >= Vocabulary.LANGUAGE_WEIGHTS[language]) {
			roll -= Vocabulary.LANGUAGE_WEIGHTS[language++];
		}
		return language;
	}

	private static <T> T pick(List<T> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

	private static String capitalized(Enum<?> constant) {
		String name = constant.name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/**
	 * Each record's own generator: the same kind and index always draw the same values.
	 */
	private static SplittableRandom random(int kind, int index) {
		return new SplittableRandom(kind * 0x9E3779B97F4A7C15L + index);
	}

	/**
	 * @param assembly the assembly a national parliament belongs to
	 */
	record ParliamentRow(String slug, ParliamentKind kind, @Nullable String country, Map<String, String> names,
			@Nullable Integer assembly) {
	}

	/** A speaker and their one term, presiding over {@code parliament}. */
	record SpeakerRow(String slug, String name, String country, Map<String, String> names, int parliament, String title,
			LocalDate start, @Nullable LocalDate end) {
	}

	record EventRow(String slug, EventKind kind, String name, String description, LocalDate start, LocalDate end,
			String city, String country, int organizer) {
	}

	record VisitRow(String slug, VisitKind kind, int visitor, int visitorParliament, int hostParliament, String city,
			String country, LocalDate start, LocalDate end, @Nullable Integer occasion) {
	}

	/**
	 * A document with two parties: {@code parliaments[i]}, signed for by
	 * {@code signatories[i]}.
	 *
	 * @param references the document it refers to
	 */
	record ProtocolRow(String slug, ProtocolKind kind, String title, LocalDate signedOn, String city, String country,
			int visit, List<Integer> parliaments, List<Integer> signatories, @Nullable Integer references) {
	}

	/** A meeting during {@code visit}, between the speakers {@code participants}. */
	record MeetingRow(String slug, int visit, LocalDate heldOn, MeetingFormat format, String summary,
			List<Integer> participants) {
	}

	/** A quote, by a speaker of {@code parliament}, mentioning {@code other}. */
	record QuoteRow(String slug, int speaker, String text, String language, QuoteKind kind, QuoteMedium medium,
			LocalDate saidOn, @Nullable String url, @Nullable Integer visit, int parliament, int other) {
	}

	/** An article; the quote it carries starts at {@code quoteOffset} of the body. */
	record ArticleRow(String slug, String headline, String publisher, String url, OffsetDateTime publishedAt,
			String language, String body, int quoteOffset) {
	}

}
