package io.parlgraph.graphql;

/**
 * Marks an instrumentation that overrides per-field hooks only to leave fields alone, so
 * that {@link InstrumentationChain} does not ask it at every field.
 */
public interface LeavesFieldsAlone {

}
