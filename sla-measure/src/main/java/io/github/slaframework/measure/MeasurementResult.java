package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.measure.internal.PartMeasurement;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a measurement found: per service level its windows, the indicator counts, the lines that
 * were not measured, as findings grouped by source, and the warnings (service levels that could
 * not be measured, limits reached). Immutable.
 *
 * @param serviceLevels the service levels in agreement order, never null
 * @param indicators the indicators, never null
 * @param rejected the rejected lines as findings, one group per source that has any, in source
 *     order, each in line order (at most {@link ServiceLevelMeter#MAX_REJECTED_KEPT} findings in
 *     all), never null
 * @param rejectedCount the number of rejected lines, including any not kept in {@code rejected}
 * @param eventCount the number of events accepted from the logs, inside the range or not (lines
 *     read minus blank and rejected lines and a CSV header)
 * @param warnings the warnings: a {@link MeasurementWarning#NOT_MEASURABLE} per service level
 *     that has a {@link ServiceLevelResult#problem() problem}, in agreement order, then those
 *     about the measurement as a whole; never null (since 0.2.0)
 * @since 0.1.0
 */
@API(status = STABLE)
public record MeasurementResult(
    List<ServiceLevelResult> serviceLevels,
    List<IndicatorResult> indicators,
    List<SourceFindings> rejected,
    long rejectedCount,
    long eventCount,
    List<MeasurementWarning> warnings) {

  /**
   * A result.
   *
   * @param serviceLevels the service levels, never null
   * @param indicators the indicators, never null
   * @param rejected the rejected lines kept, by source, never null
   * @param rejectedCount the number of rejected lines
   * @param eventCount the number of events accepted
   * @param warnings the warnings, never null
   * @since 0.2.0
   */
  public MeasurementResult {
    serviceLevels = List.copyOf(serviceLevels);
    indicators = List.copyOf(indicators);
    rejected = List.copyOf(rejected);
    warnings = List.copyOf(warnings);
    if (rejectedCount < rejected.stream().mapToLong(s -> s.findings().size()).sum()
        || eventCount < 0) {
      throw new IllegalArgumentException("counts must cover the lists");
    }
  }

  /**
   * A result whose only warnings are a {@link MeasurementWarning#NOT_MEASURABLE} per service
   * level that has a problem, as before 0.2.0.
   *
   * @param serviceLevels the service levels, never null
   * @param indicators the indicators, never null
   * @param rejected the rejected lines kept, by source, never null
   * @param rejectedCount the number of rejected lines
   * @param eventCount the number of events accepted
   */
  public MeasurementResult(List<ServiceLevelResult> serviceLevels,
      List<IndicatorResult> indicators, List<SourceFindings> rejected, long rejectedCount,
      long eventCount) {
    this(serviceLevels, indicators, rejected, rejectedCount, eventCount,
        notMeasurable(serviceLevels));
  }

  /**
   * The {@link MeasurementWarning#NOT_MEASURABLE} warnings of service levels that have a
   * problem, in their order.
   *
   * @param serviceLevels the service levels, never null
   * @return one warning per service level with a problem
   * @since 0.2.0
   */
  public static List<MeasurementWarning> notMeasurable(List<ServiceLevelResult> serviceLevels) {
    List<MeasurementWarning> out = new ArrayList<>();
    for (ServiceLevelResult level : serviceLevels) {
      level.problem().ifPresent(p -> out.add(MeasurementWarning.notMeasurable(level.id(), p)));
    }
    return out;
  }

  /**
   * Whether no service level could be measured: the agreement has none, or every one is
   * {@link MeasurementWarning#NOT_MEASURABLE not measurable}. {@code sla measure} then prints its
   * report as usual and exits 3 (format 1.1 section 5).
   *
   * @return {@code true} when no service level was measured
   * @since 0.2.0
   */
  public boolean nothingMeasurable() {
    return serviceLevels.stream().noneMatch(ServiceLevelResult::measurable);
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

  /**
   * Combines consecutive parts of a measurement split by time (month by month, say) into the
   * result of the whole range: the same figures, indicator counts and rejected lines as measuring
   * all the parts' logs at once from the first part's first day to the last part's end. Items
   * still open at the end of a part are settled by the closings of the later parts; closings that
   * match no item anywhere are rejected as a single measurement rejects them.
   *
   * @param parts the parts, in time order, each starting on the day the one before ends, all
   *     measured by meters of the same agreement instance; never null or empty
   * @return the result of the whole range, never null
   * @throws IllegalArgumentException when there is no part, or the parts are not consecutive or
   *     not of one agreement
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL)
  public static MeasurementResult merge(List<MeasurementPart> parts) {
    return PartMeasurement.merge(parts.stream().map(MeasurementPart::internal).toList());
  }
}
