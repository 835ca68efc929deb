package io.parlgraph.seed;

/** A seed file that cannot be loaded; the message names the file and the field. */
public class SeedDataException extends RuntimeException {

	SeedDataException(String file, String field, String problem) {
		super("Invalid seed data in " + file + " at " + field + ": " + problem);
	}

	SeedDataException(String file, String problem, Throwable cause) {
		super("Invalid seed data in " + file + ": " + problem, cause);
	}

}
