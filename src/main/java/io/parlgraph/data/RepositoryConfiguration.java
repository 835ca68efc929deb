package io.parlgraph.data;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Every repository of the application, on {@link MultiLoadRepository}. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "io.parlgraph", repositoryBaseClass = MultiLoadRepository.class)
class RepositoryConfiguration {

}
