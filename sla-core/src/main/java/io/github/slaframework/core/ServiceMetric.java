package io.github.slaframework.core;

/**
 * What a service level measures (format 1.0 section 6).
 *
 * @since 0.1.0
 */
public enum ServiceMetric {
  /** From a footage request to the footage being delivered. */
  FOOTAGE_REQUEST_TURNAROUND,
  /** From a footage request to its acknowledgement. */
  REQUEST_ACKNOWLEDGEMENT,
  /** From a camera fault being reported to its being fixed. */
  FAULT_REPAIR_TIME,
  /** From a request for live support to its start. */
  LIVE_INCIDENT_RESPONSE,
  /** The percentage of camera-time that cameras were working. */
  CAMERA_AVAILABILITY
}
