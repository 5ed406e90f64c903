package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.OpenCode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A figure reported to evidence the value of the system.
 *
 * <p>An open vocabulary (format 1.1): the known values are the constants; {@link #of(String)}
 * also takes an extension value, {@code x-} followed by at least one more character. An enum
 * before 0.2.0.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class Indicator extends OpenCode<Indicator> {

  /** Incidents monitored. */
  public static final Indicator INCIDENTS_MONITORED = new Indicator("INCIDENTS_MONITORED");
  /** Arrests assisted. */
  public static final Indicator ARRESTS_ASSISTED = new Indicator("ARRESTS_ASSISTED");
  /** Evidence packages produced. */
  public static final Indicator EVIDENCE_PACKAGES = new Indicator("EVIDENCE_PACKAGES");
  /** Footage reviews. */
  public static final Indicator FOOTAGE_REVIEWS = new Indicator("FOOTAGE_REVIEWS");
  /** Camera availability. */
  public static final Indicator CAMERA_AVAILABILITY = new Indicator("CAMERA_AVAILABILITY");

  /** The known values of format 1.0, in format order. */
  public static final List<Indicator> KNOWN =
      List.of(INCIDENTS_MONITORED, ARRESTS_ASSISTED, EVIDENCE_PACKAGES, FOOTAGE_REVIEWS, CAMERA_AVAILABILITY);

  private Indicator(String code) {
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
  public static Indicator of(String code) {
    return of(code, KNOWN, Indicator::new, "indicator");
  }
}
