package io.parlgraph.parliament;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParliamentNameRepository extends JpaRepository<ParliamentName, ParliamentName.Key> {

	List<ParliamentName> findByParliamentIdIn(Collection<Long> parliamentIds);

}
