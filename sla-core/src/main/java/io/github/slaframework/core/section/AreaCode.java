package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.OpenCode;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The code of an area of a framework, such as {@code GOVERNANCE}: what a section's {@code "area"}
 * field holds. Frameworks define their own areas by code; the twelve well-known codes of format
 * 1.0 have typed sections; a code that starts with {@code x-} is an extension area.
 *
 * @param code the code, never blank
 * @since 0.1.0
 */
@API(status = STABLE)
public record AreaCode(String code) implements Comparable<AreaCode> {

  /** Purpose and legitimacy. */
  public static final AreaCode PURPOSE_AND_LEGITIMACY = new AreaCode("PURPOSE_AND_LEGITIMACY");
  /** Legal considerations. */
  public static final AreaCode LEGAL_CONSIDERATIONS = new AreaCode("LEGAL_CONSIDERATIONS");
  /** Governance. */
  public static final AreaCode GOVERNANCE = new AreaCode("GOVERNANCE");
  /** Information sharing. */
  public static final AreaCode INFORMATION_SHARING = new AreaCode("INFORMATION_SHARING");
  /** Communication. */
  public static final AreaCode COMMUNICATION = new AreaCode("COMMUNICATION");
  /** Training. */
  public static final AreaCode TRAINING = new AreaCode("TRAINING");
  /** Surveillance types (overt and covert). */
  public static final AreaCode SURVEILLANCE_TYPES = new AreaCode("SURVEILLANCE_TYPES");
  /** Finance. */
  public static final AreaCode FINANCE = new AreaCode("FINANCE");
  /** Feedback. */
  public static final AreaCode FEEDBACK = new AreaCode("FEEDBACK");
  /** Future technology. */
  public static final AreaCode FUTURE_TECHNOLOGY = new AreaCode("FUTURE_TECHNOLOGY");
  /** Evaluation and review. */
  public static final AreaCode EVALUATION_AND_REVIEW = new AreaCode("EVALUATION_AND_REVIEW");
  /** Technical standards (image quality). */
  public static final AreaCode TECHNICAL_STANDARDS = new AreaCode("TECHNICAL_STANDARDS");

  /** The twelve well-known areas with typed sections, in format order. */
  public static final List<AreaCode> WELL_KNOWN =
      List.of(
          PURPOSE_AND_LEGITIMACY,
          LEGAL_CONSIDERATIONS,
          GOVERNANCE,
          INFORMATION_SHARING,
          COMMUNICATION,
          TRAINING,
          SURVEILLANCE_TYPES,
          FINANCE,
          FEEDBACK,
          FUTURE_TECHNOLOGY,
          EVALUATION_AND_REVIEW,
          TECHNICAL_STANDARDS);

  /**
   * Creates a code.
   *
   * @param code the code, never blank
   * @throws IllegalArgumentException when blank
   */
  public AreaCode {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("an area code is never blank");
    }
  }

  /**
   * The code for a string, reusing the well-known constants.
   *
   * @param code the code, never blank
   * @return the area code
   */
  public static AreaCode of(String code) {
    for (AreaCode known : WELL_KNOWN) {
      if (known.code.equals(code)) {
        return known;
      }
    }
    return new AreaCode(code);
  }

  /**
   * Whether this is an extension area: {@code x-} followed by at least one more character
   * ({@code "x-"} alone is not one).
   *
   * @return {@code true} for an extension area
   */
  public boolean isExtension() {
    return OpenCode.isExtensionCode(code);
  }

  /**
   * Whether this is one of the twelve well-known areas with a typed section.
   *
   * @return {@code true} for a well-known area
   */
  public boolean isWellKnown() {
    return WELL_KNOWN.contains(this);
  }

  @Override
  public int compareTo(AreaCode other) {
    return code.compareTo(other.code);
  }

  /**
   * Whether another area code has the same code, as a record's {@code equals} is; written out
   * because the generated one is linked at its first call through method handles (about 30 classes
   * spun in every JVM that validates, docs/adr/0003-command-line-start-up.md, addendum 2).
   *
   * @param other any object
   * @return whether it is an area code with the same code
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof AreaCode area && code.equals(area.code);
  }

  /**
   * The hash of the code, as a record's {@code hashCode} is; written out for the reason {@link
   * #equals} is.
   *
   * @return the code's hash
   */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
