package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.OpenCode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A purpose for which the CCTV system is used.
 *
 * <p>An open vocabulary (format 1.1): the known values are the constants; {@link #of(String)}
 * also takes an extension value, {@code x-} followed by at least one more character. An enum
 * before 0.2.0.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class Purpose extends OpenCode<Purpose> {

  /** Prevention and detection of crime. */
  public static final Purpose CRIME_PREVENTION_AND_DETECTION = new Purpose("CRIME_PREVENTION_AND_DETECTION");
  /** Public safety. */
  public static final Purpose PUBLIC_SAFETY = new Purpose("PUBLIC_SAFETY");
  /** Traffic management. */
  public static final Purpose TRAFFIC_MANAGEMENT = new Purpose("TRAFFIC_MANAGEMENT");
  /** Counter-terrorism. */
  public static final Purpose COUNTER_TERRORISM = new Purpose("COUNTER_TERRORISM");
  /** Safeguarding vulnerable people. */
  public static final Purpose SAFEGUARDING = new Purpose("SAFEGUARDING");
  /** Another purpose, stated in a clause. */
  public static final Purpose OTHER = new Purpose("OTHER");

  /** The known values of format 1.0, in format order. */
  public static final List<Purpose> KNOWN =
      List.of(CRIME_PREVENTION_AND_DETECTION, PUBLIC_SAFETY, TRAFFIC_MANAGEMENT, COUNTER_TERRORISM, SAFEGUARDING, OTHER);

  private Purpose(String code) {
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
  public static Purpose of(String code) {
    return of(code, KNOWN, Purpose::new, "purpose");
  }
}
