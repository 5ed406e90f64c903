/** Shared test fixtures of sla-framework: sample agreements built through the public API. */
module io.github.slaframework.testkit {
  requires transitive io.github.slaframework.core;

  exports io.github.slaframework.testkit;
}
