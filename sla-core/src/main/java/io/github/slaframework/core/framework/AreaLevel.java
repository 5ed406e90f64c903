package io.github.slaframework.core.framework;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How strongly a framework asks for an area.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum AreaLevel {
  /** An agreement without the area is invalid ({@code AREA_MISSING}, ERROR). */
  MANDATORY,
  /** An agreement without the area is warned ({@code AREA_MISSING}, WARNING). */
  RECOMMENDED,
  /** The area may be left out. */
  OPTIONAL
}
