package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.report.Finding;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a measurement found: per service level its windows, the indicator counts, and the lines
 * that were not measured, as findings grouped by source. Immutable.
 *
 * @param serviceLevels the service levels in agreement order, never null
 * @param indicators the indicators, never null
 * @param rejected the rejected lines as findings, one group per source that has any, in source
 *     order, each in line order (at most {@link ServiceLevelMeter#MAX_REJECTED_KEPT} findings in
 *     all), never null
 * @param rejectedCount the number of rejected lines, including any not kept in {@code rejected}
 * @param eventCount the number of events accepted from the logs, inside the range or not (lines
 *     read minus blank and rejected lines and a CSV header)
 * @since 0.1.0
 */
@API(status = STABLE)
public record MeasurementResult(
    List<ServiceLevelResult> serviceLevels,
    List<IndicatorResult> indicators,
    List<SourceFindings> rejected,
    long rejectedCount,
    long eventCount) {

  /**
   * A result.
   *
   * @param serviceLevels the service levels, never null
   * @param indicators the indicators, never null
   * @param rejected the rejected lines kept, by source, never null
   * @param rejectedCount the number of rejected lines
   * @param eventCount the number of events accepted
   */
  public MeasurementResult {
    serviceLevels = List.copyOf(serviceLevels);
    indicators = List.copyOf(indicators);
    rejected = List.copyOf(rejected);
    if (rejectedCount < rejected.stream().mapToLong(s -> s.findings().size()).sum()
        || eventCount < 0) {
      throw new IllegalArgumentException("counts must cover the lists");
    }
  }

  /**
   * Every rejected line kept, in source and line order, without its source's name.
   *
   * @return the findings, never null
   * @since 0.2.0
   */
  public List<Finding> rejectedFindings() {
    return rejected.stream().flatMap(s -> s.findings().stream()).toList();
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
