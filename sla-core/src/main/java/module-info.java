/**
 * The typed, immutable domain model of sla-framework: frameworks, areas and levels, agreements,
 * parties, typed sections, clauses, service levels, findings and reports. Needs nothing at run
 * time but the Jakarta Validation API (constraint annotations).
 */
module io.github.slaframework.core {
  requires transitive jakarta.validation;
  // Compile time only: the annotation processor. Its annotations stay in the class files (class
  // retention) but no program needs them; a module that reads this one must not need the jar.
  requires static org.immutables.value;
  // The @API status annotations, as JUnit publishes them: static and transitive, so that a
  // compiler reading this module sees them; the jar comes with sla-core, and no program needs it
  // to run.
  requires static transitive org.apiguardian.api;

  exports io.github.slaframework.core;
  exports io.github.slaframework.core.section;
  exports io.github.slaframework.core.framework;
  exports io.github.slaframework.core.report;
  exports io.github.slaframework.core.imaging;
  exports io.github.slaframework.core.value;
  exports io.github.slaframework.core.constraints;
  exports io.github.slaframework.core.diff;

}
