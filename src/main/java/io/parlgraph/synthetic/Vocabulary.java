package io.parlgraph.synthetic;

import java.util.List;
import java.util.Locale;

/**
 * The words synthetic records are made of: names with the letters of Azerbaijani and
 * Turkish (so search folding is exercised at scale), topics, cities, publishers, and
 * sentence templates in four languages. Templates take {@code {speaker}}, {@code {a}} and
 * {@code {b}} (two parliaments) and {@code {topic}}.
 */
final class Vocabulary {

	static final List<String> LANGUAGES = List.of("en", "tr", "az", "ru");

	/** Out of 20 records: 12 in English, 3 in Turkish, 3 in Azerbaijani, 2 in Russian. */
	static final int[] LANGUAGE_WEIGHTS = { 12, 3, 3, 2 };

	/** First names as written at home, and in Latin letters. */
	static final List<Name> FIRST_NAMES = List.of(new Name("Şəhla", "Shahla"), new Name("Əli", "Ali"),
			new Name("Gülnar", "Gulnar"), new Name("İlkin", "Ilkin"), new Name("Nərmin", "Narmin"),
			new Name("Rəşad", "Rashad"), new Name("Ülviyyə", "Ulviyya"), new Name("Çağla", "Cagla"),
			new Name("Oğuz", "Oguz"), new Name("Ömer", "Omer"), new Name("Ayşe", "Ayse"), new Name("Zeynep", "Zeynep"),
			new Name("Murat", "Murat"), new Name("Leyla", "Leyla"), new Name("Tural", "Tural"),
			new Name("Aydan", "Aydan"), new Name("Kamran", "Kamran"), new Name("Sevda", "Sevda"),
			new Name("Elçin", "Elchin"), new Name("Hüseyin", "Huseyin"), new Name("Gülşən", "Gulshan"),
			new Name("Fatma", "Fatma"), new Name("Mehmet", "Mehmet"), new Name("Yusif", "Yusif"));

	static final List<Name> SURNAMES = List.of(new Name("Əliyeva", "Aliyeva"), new Name("Quliyev", "Guliyev"),
			new Name("Hüseynova", "Huseynova"), new Name("Məmmədov", "Mammadov"), new Name("Qasımova", "Gasimova"),
			new Name("Şahin", "Sahin"), new Name("Yılmaz", "Yilmaz"), new Name("Çelik", "Celik"),
			new Name("Öztürk", "Ozturk"), new Name("Doğan", "Dogan"), new Name("Kılıç", "Kilic"),
			new Name("Aydın", "Aydin"), new Name("Rəhimli", "Rahimli"), new Name("Nəsirova", "Nasirova"),
			new Name("Bağırov", "Baghirov"), new Name("Şükürova", "Shukurova"), new Name("Köse", "Kose"),
			new Name("Güneş", "Gunes"), new Name("Əsgərov", "Asgarov"), new Name("Qafarlı", "Gafarli"));

	static final List<String> CITIES = List.of("Baku", "Ankara", "Astana", "Bishkek", "Tashkent", "Budapest",
			"Istanbul", "Shusha", "Ganja", "Izmir", "Almaty", "Samarkand", "Nakhchivan", "Vienna", "Geneva", "Tbilisi");

	static final List<String> PUBLISHERS = List.of("Azernews", "Trend", "APA", "Report.az", "Daily Sabah",
			"Anadolu Agency", "Kazinform", "AKIpress", "Hürriyet Daily News", "TASS");

	/** The same topics in each language of {@link #LANGUAGES}. */
	static final List<List<String>> TOPICS = List.of(
			List.of("energy", "trade", "education", "culture", "security", "transport", "climate", "agriculture",
					"health", "tourism", "digital technologies", "water resources"),
			List.of("enerji", "ticaret", "eğitim", "kültür", "güvenlik", "ulaştırma", "iklim", "tarım", "sağlık",
					"turizm", "dijital teknolojiler", "su kaynakları"),
			List.of("enerji", "ticarət", "təhsil", "mədəniyyət", "təhlükəsizlik", "nəqliyyat", "iqlim",
					"kənd təsərrüfatı", "səhiyyə", "turizm", "rəqəmsal texnologiyalar", "su ehtiyatları"),
			List.of("энергетики", "торговли", "образования", "культуры", "безопасности", "транспорта", "климата",
					"сельского хозяйства", "здравоохранения", "туризма", "цифровых технологий", "водных ресурсов"));

	/** What speakers say, per language. */
	static final List<List<String>> QUOTES = List.of(
			List.of("Relations between {a} and {b} in {topic} are developing steadily, {speaker} said.",
					"Cooperation with {b} on {topic} will be expanded, according to {speaker}.",
					"{speaker} stressed the role of parliamentary diplomacy in {topic} for {a} and {b}."),
			List.of("{speaker}, {a} ile {b} arasında {topic} alanındaki ilişkilerin istikrarlı şekilde geliştiğini söyledi.",
					"{speaker}'a göre {b} ile {topic} alanındaki işbirliği genişletilecek.",
					"{speaker}, {topic} alanında parlamento diplomasisinin önemini vurguladı."),
			List.of("{speaker} bildirib ki, {a} ilə {b} arasında {topic} sahəsində əlaqələr inkişaf edir.",
					"{speaker} {b} ilə {topic} sahəsində əməkdaşlığın genişlənəcəyini deyib.",
					"{speaker} parlament diplomatiyasının {topic} üçün əhəmiyyətini vurğulayıb."),
			List.of("{speaker} заявил, что отношения между {a} и {b} в сфере {topic} развиваются.",
					"По словам {speaker}, сотрудничество с {b} в сфере {topic} будет расширено.",
					"{speaker} подчеркнул роль парламентской дипломатии в сфере {topic}."));

	/** Headlines, per language. */
	static final List<String> HEADLINES = List.of("{speaker} discusses {topic} with {b}",
			"{speaker}, {b} ile {topic} konusunu görüştü", "{speaker} {b} ilə {topic} məsələlərini müzakirə edib",
			"{speaker} обсудил вопросы {topic} с {b}");

	/** The opening sentence of an article, per language. */
	static final List<String> LEADS = List.of("The speaker of {a}, {speaker}, met a delegation of {b} in {city}.",
			"{a} Başkanı {speaker}, {city} kentinde {b} heyetini kabul etti.",
			"{a} sədri {speaker} {city} şəhərində {b} nümayəndə heyətini qəbul edib.",
			"Председатель {a} {speaker} принял в городе {city} делегацию {b}.");

	/** The closing sentence of an article, per language. */
	static final List<String> CLOSINGS = List.of("The sides also discussed {topic}.",
			"Taraflar ayrıca {topic} konusunu da ele aldı.", "Tərəflər həmçinin {topic} məsələlərini müzakirə ediblər.",
			"Стороны также обсудили вопросы {topic}.");

	private Vocabulary() {
	}

	/** A country's name in a language, e.g. Azerbaycan for AZ in Turkish. */
	static String country(String code, String language) {
		return new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
	}

	/** A national parliament's name in a language. */
	static String parliamentName(String country, String language) {
		return switch (language) {
			case "tr" -> country + " Millet Meclisi";
			case "az" -> country + " Milli Məclisi";
			case "ru" -> "Парламент: " + country;
			default -> "National Assembly of " + country;
		};
	}

	/** A name as written at home and in Latin letters. */
	record Name(String home, String latin) {
	}

}
