package io.github.slaframework.render;

/**
 * The formats an {@link AgreementRenderer} writes.
 *
 * @since 0.2.0
 */
public enum RenderFormat {
  /** CommonMark with GitHub-style tables; all document text escaped. */
  MARKDOWN,
  /** One self-contained HTML5 file with inline CSS that prints well on A4. */
  HTML
}
