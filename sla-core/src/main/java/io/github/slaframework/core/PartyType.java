package io.github.slaframework.core;

/**
 * What kind of organisation a party is.
 *
 * @since 0.1.0
 */
public enum PartyType {
  /** A council (local authority). */
  LOCAL_AUTHORITY,
  /** A territorial police force. */
  POLICE_FORCE,
  /** A housing association. */
  HOUSING_ASSOCIATION,
  /** An NHS trust or other NHS body. */
  NHS_BODY,
  /** A university or college. */
  UNIVERSITY,
  /** A shopping centre operator. */
  SHOPPING_CENTRE,
  /** A transport operator. */
  TRANSPORT_OPERATOR,
  /** Any other organisation. */
  OTHER
}
