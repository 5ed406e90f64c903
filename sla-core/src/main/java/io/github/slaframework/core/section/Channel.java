package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.OpenCode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A channel through which the parties communicate.
 *
 * <p>An open vocabulary (format 1.1): the known values are the constants; {@link #of(String)}
 * also takes an extension value, {@code x-} followed by at least one more character. An enum
 * before 0.2.0.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class Channel extends OpenCode<Channel> {

  /** Airwave radio. */
  public static final Channel AIRWAVE_RADIO = new Channel("AIRWAVE_RADIO");
  /** Telephone. */
  public static final Channel TELEPHONE = new Channel("TELEPHONE");
  /** E-mail. */
  public static final Channel EMAIL = new Channel("EMAIL");
  /** A live view of camera feeds. */
  public static final Channel LIVE_VIEW = new Channel("LIVE_VIEW");
  /** Secure messaging. */
  public static final Channel SECURE_MESSAGING = new Channel("SECURE_MESSAGING");

  /** The known values of format 1.0, in format order. */
  public static final List<Channel> KNOWN =
      List.of(AIRWAVE_RADIO, TELEPHONE, EMAIL, LIVE_VIEW, SECURE_MESSAGING);

  private Channel(String code) {
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
  public static Channel of(String code) {
    return of(code, KNOWN, Channel::new, "channel");
  }
}
