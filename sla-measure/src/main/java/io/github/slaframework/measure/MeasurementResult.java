package io.github.slaframework.measure;

import java.util.List;

/**
 * What a measurement found: per service level its windows, the indicator counts, and the lines
 * that were not measured. Immutable.
 *
 * @param serviceLevels the service levels in agreement order, never null
 * @param indicators the indicators, never null
 * @param rejected the rejected lines in file and line order (at most
 *     {@link ServiceLevelMeter#MAX_REJECTED_KEPT}), never null
 * @param rejectedCount the number of rejected lines, including any not kept in {@code rejected}
 * @param eventCount the number of events accepted from the logs, inside the range or not (lines
 *     read minus blank and rejected lines and a CSV header)
 * @since 0.1.0
 */
public record MeasurementResult(
    List<ServiceLevelResult> serviceLevels,
    List<IndicatorResult> indicators,
    List<RejectedLine> rejected,
    long rejectedCount,
    long eventCount) {

  /**
   * A result.
   *
   * @param serviceLevels the service levels, never null
   * @param indicators the indicators, never null
   * @param rejected the rejected lines kept, never null
   * @param rejectedCount the number of rejected lines
   * @param eventCount the number of events accepted
   */
  public MeasurementResult {
    serviceLevels = List.copyOf(serviceLevels);
    indicators = List.copyOf(indicators);
    rejected = List.copyOf(rejected);
    if (rejectedCount < rejected.size() || eventCount < 0) {
      throw new IllegalArgumentException("counts must cover the lists");
    }
  }

  /**
   * Whether any window of any service level failed its level.
   *
   * @return {@code true} when some window's {@code levelMet} is {@code false}
   */
  public boolean anyWindowMissed() {
    return serviceLevels.stream().anyMatch(ServiceLevelResult::anyWindowMissed);
  }
}
