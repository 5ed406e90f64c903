package io.github.slaframework.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The formats an {@link AgreementRenderer} writes.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public enum RenderFormat {
  /** CommonMark with GitHub-style tables; all document text escaped. */
  MARKDOWN,
  /** One self-contained HTML5 file with inline CSS that prints well on A4. */
  HTML
}
