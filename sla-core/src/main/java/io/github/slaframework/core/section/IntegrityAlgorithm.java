package io.github.slaframework.core.section;

/**
 * How the integrity of exported evidence is checked.
 *
 * @since 0.1.0
 */
public enum IntegrityAlgorithm {
  /** A SHA-256 hash. */
  SHA_256,
  /** A SHA-512 hash. */
  SHA_512,
  /** No integrity check. */
  NONE
}
