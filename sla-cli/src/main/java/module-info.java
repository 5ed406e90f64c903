/**
 * The {@code sla} command line, and the library API it is a thin layer over: rendering
 * agreements as signable documents and scaffolding draft agreements from a framework.
 */
module io.github.slaframework.cli {
  requires transitive io.github.slaframework.core;

  exports io.github.slaframework.cli.render;
  exports io.github.slaframework.cli.scaffold;
}
