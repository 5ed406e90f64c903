/**
 * The {@code sla} command line, and the library API it is a thin layer over: rendering
 * agreements as signable documents and scaffolding draft agreements from a framework.
 */
module io.github.slaframework.cli {
  requires transitive io.github.slaframework.core;
  requires io.github.slaframework.json;
  requires io.github.slaframework.validation;
  requires io.github.slaframework.measure;
  requires info.picocli;

  exports io.github.slaframework.cli.render;
  exports io.github.slaframework.cli.scaffold;

  // The command classes are read reflectively by picocli; they are not API.
  opens io.github.slaframework.cli to info.picocli;
}
