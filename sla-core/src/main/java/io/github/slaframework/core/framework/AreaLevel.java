package io.github.slaframework.core.framework;

/**
 * How strongly a framework asks for an area.
 *
 * @since 0.1.0
 */
public enum AreaLevel {
  /** An agreement without the area is invalid ({@code AREA_MISSING}, ERROR). */
  MANDATORY,
  /** An agreement without the area is warned ({@code AREA_MISSING}, WARNING). */
  RECOMMENDED,
  /** The area may be left out. */
  OPTIONAL
}
