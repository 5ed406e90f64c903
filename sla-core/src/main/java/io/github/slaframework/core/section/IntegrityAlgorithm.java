package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How the integrity of exported evidence is checked.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum IntegrityAlgorithm {
  /** A SHA-256 hash. */
  SHA_256,
  /** A SHA-512 hash. */
  SHA_512,
  /** No integrity check. */
  NONE
}
