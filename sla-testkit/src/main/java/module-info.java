/**
 * The shared test fixtures of sla-framework: sample agreements, frameworks and profiles built
 * through the public API, and the comparison of generated files.
 */
module io.github.slaframework.testkit {
  requires transitive io.github.slaframework.core;

  exports io.github.slaframework.testkit;
}
