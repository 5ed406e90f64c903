/**
 * The typed, immutable domain model of sla-framework: frameworks, areas and levels, agreements,
 * parties, typed sections, clauses, service levels, findings and reports. Needs nothing at run
 * time but the Jakarta Validation API (constraint annotations).
 */
module io.github.slaframework.core {
  requires transitive jakarta.validation;
  requires static org.immutables.value;

  exports io.github.slaframework.core;
  exports io.github.slaframework.core.section;
  exports io.github.slaframework.core.framework;
  exports io.github.slaframework.core.report;
  exports io.github.slaframework.core.imaging;
  exports io.github.slaframework.core.value;
  exports io.github.slaframework.core.constraints;

}
