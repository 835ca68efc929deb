package io.parlgraph.data;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An entity with a generated ID. Entities hold foreign keys as plain IDs, never as
 * associations, so what reaches the GraphQL layer is never a lazy proxy: every edge is
 * resolved by a batch loader. Equality is by ID, since batch loaders key their results by
 * parent entity. The version guards updates: one made from a stale read fails instead of
 * overwriting a newer write.
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException(getClass().getSimpleName() + " is not saved yet");
		}
		return this.id;
	}

	/**
	 * How many times this row has been updated: updates must name the version they read.
	 */
	public long getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other != null && other.getClass() == getClass() && this.id != null
				&& this.id.equals(((BaseEntity) other).id));
	}

	@Override
	public int hashCode() {
		return (this.id != null) ? this.id.hashCode() : System.identityHashCode(this);
	}

}
