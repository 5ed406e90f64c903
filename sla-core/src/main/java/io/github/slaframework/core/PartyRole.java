package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The part a party plays in the CCTV partnership.
 *
 * <p>An open vocabulary (format 1.1): the known values are the constants; {@link #of(String)}
 * also takes an extension value, {@code x-} followed by at least one more character. An enum
 * before 0.2.0.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class PartyRole extends OpenCode<PartyRole> {

  /** Owns the camera system. */
  public static final PartyRole SYSTEM_OWNER = new PartyRole("SYSTEM_OWNER");
  /** Data controller of the recordings. */
  public static final PartyRole DATA_CONTROLLER = new PartyRole("DATA_CONTROLLER");
  /** Runs the control room. */
  public static final PartyRole MONITORING_CENTRE = new PartyRole("MONITORING_CENTRE");
  /** The police user of the system. */
  public static final PartyRole POLICE = new PartyRole("POLICE");
  /** Any other role. */
  public static final PartyRole OTHER = new PartyRole("OTHER");

  /**
   * Processes personal data on a controller's behalf (UK GDPR Art 28); format 1.1.
   *
   * @since 0.2.0
   */
  public static final PartyRole PROCESSOR = new PartyRole("PROCESSOR");
  /**
   * Determines the purposes and means of processing jointly with another controller (UK GDPR Art 26); format 1.1.
   *
   * @since 0.2.0
   */
  public static final PartyRole JOINT_CONTROLLER = new PartyRole("JOINT_CONTROLLER");

  /** The known values of format 1.1, in format order (format 1.0's first). */
  public static final List<PartyRole> KNOWN =
      List.of(SYSTEM_OWNER, DATA_CONTROLLER, MONITORING_CENTRE, POLICE, OTHER, PROCESSOR, JOINT_CONTROLLER);

  private PartyRole(String code) {
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
  public static PartyRole of(String code) {
    return of(code, KNOWN, PartyRole::new, "party role");
  }
}
