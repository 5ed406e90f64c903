package io.github.slaframework.core.report;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The stable codes of findings defined by agreement format 1.0. Outside suites test against these
 * names: they never change. Frameworks may define further codes for their rules.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class FindingCodes {

  /** Not well-formed JSON or YAML. */
  public static final String SYNTAX = "SYNTAX";
  /** The document exceeds a size, depth or count limit. */
  public static final String LIMIT = "LIMIT";
  /** The same field twice in one object. */
  public static final String DUPLICATE_KEY = "DUPLICATE_KEY";
  /** A value of the wrong JSON type. */
  public static final String TYPE_MISMATCH = "TYPE_MISMATCH";
  /** A field that is neither defined nor {@code x-} prefixed. */
  public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
  /** A required field is missing, null or blank. */
  public static final String REQUIRED = "REQUIRED";
  /** A value outside its enum, pattern, range or size. */
  public static final String INVALID_VALUE = "INVALID_VALUE";
  /** {@code formatVersion} missing or of an unsupported major version. */
  public static final String FORMAT_VERSION = "FORMAT_VERSION";
  /** No framework with that id, version (and profile) is known. */
  public static final String FRAMEWORK_UNKNOWN = "FRAMEWORK_UNKNOWN";
  /** An area the framework requires or recommends is absent. */
  public static final String AREA_MISSING = "AREA_MISSING";
  /** Two sections with the same area. */
  public static final String AREA_DUPLICATE = "AREA_DUPLICATE";
  /** An area the framework does not define and that is not {@code x-} prefixed. */
  public static final String AREA_UNKNOWN = "AREA_UNKNOWN";
  /** Two parties, clauses, service levels or cameras share an id. */
  public static final String DUPLICATE_ID = "DUPLICATE_ID";
  /** A reference to a party id that is not declared. */
  public static final String PARTY_REFERENCE = "PARTY_REFERENCE";
  /** {@code term.expiresOn} before {@code term.effectiveFrom}. */
  public static final String DATE_ORDER = "DATE_ORDER";
  /** A waiver that matches no finding. */
  public static final String WAIVER_UNUSED = "WAIVER_UNUSED";

  /**
   * In a framework or profile: a rule's {@code check} names a check no registered check provider
   * implements (format 1.1 §4).
   *
   * @since 0.2.0
   */
  public static final String CHECK_UNKNOWN = "CHECK_UNKNOWN";

  /**
   * In a framework or profile: a rule's path or area that no agreement of this format can hold
   * (format 1.1 §4).
   *
   * @since 0.2.0
   */
  public static final String TARGET_UNKNOWN = "TARGET_UNKNOWN";

  /**
   * A framework with the id and version of one already registered, or a profile with the
   * framework and id of one already registered (format 1.1 §4).
   *
   * @since 0.2.0
   */
  public static final String FRAMEWORK_DUPLICATE = "FRAMEWORK_DUPLICATE";

  /**
   * A service level that {@code sla measure} cannot measure (format 1.1 §5): in validation, a
   * {@code ROLLING} window shorter than an hour or longer than a hundred years (a WARNING at its
   * {@code length}); in measurement, the warning of the same code.
   *
   * @since 0.2.0
   */
  public static final String NOT_MEASURABLE = "NOT_MEASURABLE";

  /**
   * A field under a name the document's format version has replaced, such as {@code
   * privacyImpactAssessment} (now {@code dpia}) in a format 1.1 document: read, reported as
   * {@code INFO} (format 1.1 §1).
   *
   * @since 0.2.0
   */
  public static final String DEPRECATED_FIELD = "DEPRECATED_FIELD";

  /**
   * An approval whose {@code documentHash} differs from the document's hash (format 1.1 §6): what
   * the party approved has changed since. ERROR when {@code status} is {@code AGREED}, else
   * WARNING; at the approval; under every framework and version.
   *
   * @since 0.2.0
   */
  public static final String APPROVAL_STALE = "APPROVAL_STALE";

  private FindingCodes() {}
}
