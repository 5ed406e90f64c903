package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.OpenCode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A type of surveillance the agreement covers.
 *
 * <p>An open vocabulary (format 1.1): the known values are the constants; {@link #of(String)}
 * also takes an extension value, {@code x-} followed by at least one more character. An enum
 * before 0.2.0.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class SurveillanceType extends OpenCode<SurveillanceType> {

  /** Overt public-space surveillance. */
  public static final SurveillanceType OVERT = new SurveillanceType("OVERT");
  /** Covert (directed) surveillance. */
  public static final SurveillanceType COVERT = new SurveillanceType("COVERT");
  /** Automatic number plate recognition. */
  public static final SurveillanceType ANPR = new SurveillanceType("ANPR");
  /** Body-worn video. */
  public static final SurveillanceType BODY_WORN = new SurveillanceType("BODY_WORN");
  /** Redeployable cameras. */
  public static final SurveillanceType REDEPLOYABLE = new SurveillanceType("REDEPLOYABLE");

  /**
   * Live facial recognition; format 1.1.
   *
   * @since 0.2.0
   */
  public static final SurveillanceType FACIAL_RECOGNITION_LIVE = new SurveillanceType("FACIAL_RECOGNITION_LIVE");
  /**
   * Retrospective facial recognition on recorded footage; format 1.1.
   *
   * @since 0.2.0
   */
  public static final SurveillanceType FACIAL_RECOGNITION_RETROSPECTIVE = new SurveillanceType("FACIAL_RECOGNITION_RETROSPECTIVE");
  /**
   * Cameras on unmanned aircraft; format 1.1.
   *
   * @since 0.2.0
   */
  public static final SurveillanceType DRONE = new SurveillanceType("DRONE");
  /**
   * Audio recording; format 1.1.
   *
   * @since 0.2.0
   */
  public static final SurveillanceType AUDIO = new SurveillanceType("AUDIO");

  /** The known values of format 1.1, in format order (format 1.0's first). */
  public static final List<SurveillanceType> KNOWN =
      List.of(OVERT, COVERT, ANPR, BODY_WORN, REDEPLOYABLE, FACIAL_RECOGNITION_LIVE, FACIAL_RECOGNITION_RETROSPECTIVE, DRONE, AUDIO);

  private SurveillanceType(String code) {
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
  public static SurveillanceType of(String code) {
    return of(code, KNOWN, SurveillanceType::new, "surveillance type");
  }
}
