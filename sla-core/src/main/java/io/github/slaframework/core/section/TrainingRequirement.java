package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.OpenCode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Training or licensing required of staff.
 *
 * <p>An open vocabulary (format 1.1): the known values are the constants; {@link #of(String)}
 * also takes an extension value, {@code x-} followed by at least one more character. An enum
 * before 0.2.0.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class TrainingRequirement extends OpenCode<TrainingRequirement> {

  /** The SIA public space surveillance (CCTV) licence. */
  public static final TrainingRequirement SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE = new TrainingRequirement("SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE");
  /** BS 7958 (CCTV management and operation). */
  public static final TrainingRequirement BS_7958 = new TrainingRequirement("BS_7958");
  /** Data protection training. */
  public static final TrainingRequirement DATA_PROTECTION = new TrainingRequirement("DATA_PROTECTION");
  /** Awareness of RIPA / RIP(S)A. */
  public static final TrainingRequirement RIPA_AWARENESS = new TrainingRequirement("RIPA_AWARENESS");
  /** Evidence handling. */
  public static final TrainingRequirement EVIDENCE_HANDLING = new TrainingRequirement("EVIDENCE_HANDLING");

  /**
   * Awareness of the Regulation of Investigatory Powers (Scotland) Act 2000; format 1.1.
   *
   * @since 0.2.0
   */
  public static final TrainingRequirement RIPSA_AWARENESS = new TrainingRequirement("RIPSA_AWARENESS");

  /** The known values of format 1.1, in format order (format 1.0's first). */
  public static final List<TrainingRequirement> KNOWN =
      List.of(SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE, BS_7958, DATA_PROTECTION, RIPA_AWARENESS, EVIDENCE_HANDLING, RIPSA_AWARENESS);

  private TrainingRequirement(String code) {
    super(code);
  }

  /**
   * The value of a code: the constant of a known code, or an extension value.
   *
   * @param code a known code, or {@code x-} followed by at least one more character
   * @return the value
   * @throws IllegalArgumentException for any other code ({@code "x-"}, {@code "X-FOO"}, an
   *     unknown code)
   * @since 0.2.0
   */
  public static TrainingRequirement of(String code) {
    return of(code, KNOWN, TrainingRequirement::new, "training requirement");
  }
}
