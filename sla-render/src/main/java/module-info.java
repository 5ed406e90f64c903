/**
 * Rendering agreements as the documents both parties sign (Markdown, HTML) and scaffolding draft
 * agreements from a framework. Needs the model only: no command line, no JSON library.
 *
 * @since 0.2.0
 */
module io.github.slaframework.render {
  requires transitive io.github.slaframework.core;

  exports io.github.slaframework.render;
  exports io.github.slaframework.render.scaffold;
}
