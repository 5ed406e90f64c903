/**
 * The {@code sla} command line: a thin layer over the library modules. Rendering and scaffolding
 * live in {@code io.github.slaframework.render} since 0.2.0; this module exports nothing.
 */
module io.github.slaframework.cli {
  requires io.github.slaframework.core;
  requires io.github.slaframework.json;
  requires io.github.slaframework.validation;
  requires io.github.slaframework.render;
  requires io.github.slaframework.measure;
  requires info.picocli;

  // The command classes are read reflectively by picocli; they are not API.
  opens io.github.slaframework.cli to info.picocli;
}
