package io.github.slaframework.core.section;

/**
 * The legal jurisdiction an agreement is made under.
 *
 * @since 0.1.0
 */
public enum Jurisdiction {
  /** England and Wales. */
  ENGLAND_AND_WALES,
  /** Scotland. */
  SCOTLAND,
  /** Northern Ireland. */
  NORTHERN_IRELAND
}
