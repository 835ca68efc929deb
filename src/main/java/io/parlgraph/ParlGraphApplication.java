package io.parlgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * ParlGraph: a GraphQL API over parliaments, speakers, visits, protocols, quotes and the
 * news articles that report them.
 */
@SpringBootApplication
public class ParlGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParlGraphApplication.class, args);
	}

}
