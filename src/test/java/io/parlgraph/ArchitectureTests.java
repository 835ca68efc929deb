package io.parlgraph;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes:
 * packages depend on each other in one direction only, every package is
 * {@code @NullMarked}, and the infrastructure packages, which every feature may use, use
 * no feature.
 */
class ArchitectureTests {

	/**
	 * Packages that serve every feature and know none: GraphQL plumbing, entities' base
	 * and lookups, the mutation transaction and errors, HTTP and WebSocket, request
	 * limits, security (API keys), operations, GraphiQL.
	 */
	private static final String[] INFRASTRUCTURE = { "io.parlgraph.graphql..", "io.parlgraph.data..",
			"io.parlgraph.write..", "io.parlgraph.web..", "io.parlgraph.limits..", "io.parlgraph.apikey..",
			"io.parlgraph.operations..", "io.parlgraph.graphiql.." };

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.parlgraph");

	@Test
	void packagesDependOnEachOtherInOneDirectionOnly() {
		slices().matching("io.parlgraph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void everyPackageIsNullMarked() {
		List<String> unmarked = CLASSES.stream()
			.map(JavaClass::getPackage)
			.distinct()
			.filter(javaPackage -> !javaPackage.isAnnotatedWith(NullMarked.class))
			.map(JavaPackage::getName)
			.sorted()
			.toList();
		assertThat(unmarked).as("packages without a package-info annotated @NullMarked").isEmpty();
	}

	@Test
	void infrastructureUsesNoFeature() {
		noClasses().that()
			.resideInAnyPackage(INFRASTRUCTURE)
			.should()
			.dependOnClassesThat(resideInAPackage("io.parlgraph..").and(resideInAnyPackage(INFRASTRUCTURE).negate()))
			.check(CLASSES);
	}

}
