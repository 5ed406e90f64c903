package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What a service level measures (format 1.0 section 6).
 *
 * <p>An open vocabulary (format 1.1): the known values are the constants; {@link #of(String)}
 * also takes an extension value, {@code x-} followed by at least one more character. An enum
 * before 0.2.0.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class ServiceMetric extends OpenCode<ServiceMetric> {

  /** From a footage request to the footage being delivered. */
  public static final ServiceMetric FOOTAGE_REQUEST_TURNAROUND = new ServiceMetric("FOOTAGE_REQUEST_TURNAROUND");
  /** From a footage request to its acknowledgement. */
  public static final ServiceMetric REQUEST_ACKNOWLEDGEMENT = new ServiceMetric("REQUEST_ACKNOWLEDGEMENT");
  /** From a camera fault being reported to its being fixed. */
  public static final ServiceMetric FAULT_REPAIR_TIME = new ServiceMetric("FAULT_REPAIR_TIME");
  /** From a request for live support to its start. */
  public static final ServiceMetric LIVE_INCIDENT_RESPONSE = new ServiceMetric("LIVE_INCIDENT_RESPONSE");
  /** The percentage of camera-time that cameras were working. */
  public static final ServiceMetric CAMERA_AVAILABILITY = new ServiceMetric("CAMERA_AVAILABILITY");

  /** The known values of format 1.0, in format order. */
  public static final List<ServiceMetric> KNOWN =
      List.of(FOOTAGE_REQUEST_TURNAROUND, REQUEST_ACKNOWLEDGEMENT, FAULT_REPAIR_TIME, LIVE_INCIDENT_RESPONSE, CAMERA_AVAILABILITY);

  private ServiceMetric(String code) {
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
  public static ServiceMetric of(String code) {
    return of(code, KNOWN, ServiceMetric::new, "service-level metric");
  }
}
