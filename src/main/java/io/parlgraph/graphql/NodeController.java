package io.parlgraph.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import io.parlgraph.data.BaseEntity;
import io.parlgraph.data.EntityLookup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relay object identification: {@code node(id)} and {@code nodes(ids)}. Each node type's entity
 * has the type's name, so one query per type looks up a batch of IDs.
 */
@Controller
class NodeController {

	NodeController(EntityManager entityManager, PlatformTransactionManager transactionManager,
			BatchLoaderRegistry registry) {
		TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
		readOnly.setReadOnly(true);
		Map<String, Class<?>> entities = entityManager.getMetamodel()
			.getEntities()
			.stream()
			.collect(Collectors.toMap(EntityType::getName, EntityType::getJavaType));
		registry.<GlobalId, Object>forName(Nodes.LOADER)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> readOnly.execute(status -> {
				Map<GlobalId, Object> found = new HashMap<>();
				ids.stream()
					.collect(Collectors.groupingBy(GlobalId::type, Collectors.mapping(GlobalId::id, Collectors.toSet())))
					.forEach((type, rowIds) -> find(entityManager, entities.get(type), rowIds)
						.forEach(entity -> found.put(new GlobalId(type, entity.getId()), entity)));
				return found;
			})));
	}

	@QueryMapping
	CompletableFuture<Object> node(@Argument String id, DataFetchingEnvironment env) {
		return Nodes.load(env, GlobalId.decode(id));
	}

	@QueryMapping
	CompletableFuture<List<Object>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
		Paging.checkIdCount(ids.size());
		DataLoader<GlobalId, Object> loader = env.getDataLoader(Nodes.LOADER);
		return loader.loadMany(ids.stream().map(GlobalId::decode).toList());
	}

	private static List<BaseEntity> find(EntityManager entityManager, Class<?> entity, Set<Long> ids) {
		return EntityLookup.byIds(entityManager, entity, ids).stream().map(BaseEntity.class::cast).toList();
	}

}
