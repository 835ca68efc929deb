package io.parlgraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.List;

import io.parlgraph.seed.SeedRecords.ArticleRecord;
import io.parlgraph.seed.SeedRecords.EventRecord;
import io.parlgraph.seed.SeedRecords.ParliamentRecord;
import io.parlgraph.seed.SeedRecords.ProtocolRecord;
import io.parlgraph.seed.SeedRecords.QuoteRecord;
import io.parlgraph.seed.SeedRecords.SpeakerRecord;
import io.parlgraph.seed.SeedRecords.TermRecord;
import io.parlgraph.seed.SeedRecords.VisitRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The seed files at a location, read and checked before anything is written: each is a
 * JSON array of well-formed records with every required field, or the load stops naming
 * the file and field.
 */
record SeedFiles(SeedFile<ArticleRecord> articles, SeedFile<ParliamentRecord> parliaments,
		SeedFile<SpeakerRecord> speakers, SeedFile<TermRecord> terms, SeedFile<EventRecord> events,
		SeedFile<VisitRecord> visits, SeedFile<ProtocolRecord> protocols, SeedFile<QuoteRecord> quotes) {

	private static final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
		.build();

	static SeedFiles read(ResourceLoader resources, String location) {
		return new SeedFiles(read(resources, location, "articles.json", ArticleRecord.class),
				read(resources, location, "parliaments.json", ParliamentRecord.class),
				read(resources, location, "speakers.json", SpeakerRecord.class),
				read(resources, location, "terms.json", TermRecord.class),
				read(resources, location, "events.json", EventRecord.class),
				read(resources, location, "visits.json", VisitRecord.class),
				read(resources, location, "protocols.json", ProtocolRecord.class),
				read(resources, location, "quotes.json", QuoteRecord.class));
	}

	private static <T extends Record> SeedFile<T> read(ResourceLoader resources, String location, String name,
			Class<T> type) {
		String file = location.replaceFirst("^classpath\\*?:", "") + name;
		Resource resource = resources.getResource(location + name);
		List<T> records;
		try (InputStream in = resource.getInputStream()) {
			records = json.readValue(in, json.getTypeFactory().constructCollectionType(List.class, type));
		}
		catch (JacksonException ex) {
			String at = pathOf(ex);
			throw new SeedDataException(file, at.isEmpty() ? "the document" : at, ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new SeedDataException(file, "cannot read it", ex);
		}
		if (records == null) {
			throw new SeedDataException(file, "the document", "expected a JSON array, got null");
		}
		for (int i = 0; i < records.size(); i++) {
			requireFields(file, "[" + i + "]", records.get(i));
		}
		return new SeedFile<>(file, records);
	}

	/**
	 * A JSON path such as {@code [2].sources[0].passage} from Jackson's reference chain.
	 */
	private static String pathOf(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append('.').append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString().replaceFirst("^\\.", "");
	}

	/**
	 * Every record component not marked {@code @Nullable} must be present, in nested
	 * records too.
	 */
	private static void requireFields(String file, String path, Object record) {
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			String field = path + "." + component.getName();
			Object value;
			try {
				value = component.getAccessor().invoke(record);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
			if (value == null) {
				if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
					throw new SeedDataException(file, field, "is required");
				}
			}
			else if (value instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					if (list.get(i) instanceof Record nested) {
						requireFields(file, field + "[" + i + "]", nested);
					}
					else if (list.get(i) == null) {
						throw new SeedDataException(file, field + "[" + i + "]", "must not be null");
					}
				}
			}
		}
	}

	/** The records of one file, and its name for messages. */
	record SeedFile<T>(String name, List<T> records) {
	}

}
