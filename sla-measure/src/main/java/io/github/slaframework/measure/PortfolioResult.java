package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.ServiceMetric;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a {@link Portfolio} measurement found: every agreement's own result, in the order given,
 * and the totals of each metric across the agreements, so a board that uses several control rooms
 * (or a control room serving several partnerships) reads them side by side. Immutable.
 *
 * @param agreements one entry per agreement, in the order measured, never null
 * @param totals per metric measured per item (not {@code CAMERA_AVAILABILITY}), the items of
 *     every measurable service level of that metric in every agreement, in metric order; never
 *     null
 * @param byRequester when measured per requester, the same totals per requester across the
 *     agreements (requesters by their string, the items without one last); else empty; never null
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public record PortfolioResult(List<AgreementResult> agreements, List<Total> totals,
    List<RequesterTotals> byRequester) {

  /**
   * A result.
   *
   * @param agreements the agreements' results, never null
   * @param totals the totals, never null
   * @param byRequester the totals per requester, never null
   */
  public PortfolioResult {
    agreements = List.copyOf(agreements);
    totals = List.copyOf(totals);
    byRequester = List.copyOf(byRequester);
  }

  /**
   * The totals of one requester across a portfolio: its items in every agreement measured per
   * requester ({@link Portfolio#measure(List, MeasureRange, boolean)}), so a force reads the
   * figures of every control room it uses.
   *
   * @param requester the requester, or empty for the items without one
   * @param totals per metric, as {@link PortfolioResult#totals()} but counting this requester's
   *     items only; never null
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL)
  public record RequesterTotals(Optional<String> requester, List<Total> totals) {

    /**
     * A requester's totals.
     *
     * @param requester the requester, never null
     * @param totals the totals, never null
     */
    public RequesterTotals {
      Objects.requireNonNull(requester, "requester");
      totals = List.copyOf(totals);
    }
  }

  /**
   * One agreement of a portfolio and its measurement.
   *
   * @param name the name the portfolio gives it (its file name, usually), never null
   * @param title the agreement's title, never null
   * @param result its measurement, never null
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL)
  public record AgreementResult(String name, String title, MeasurementResult result) {

    /**
     * An entry.
     *
     * @param name the name, never null
     * @param title the title, never null
     * @param result the result, never null
     */
    public AgreementResult {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * The items of one metric across a portfolio: every window of every measurable service level
   * of that metric, summed. An item counted by two service levels (an urgent tier and an overall
   * one) counts twice, as each agreement's own report counts it.
   *
   * @param metric the metric, never null
   * @param serviceLevels how many service levels were summed
   * @param met items met
   * @param missed items missed
   * @param pending items pending
   * @param attainment met ÷ (met + missed) × 100, rounded down to two places; empty when no item
   *     was met or missed
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL)
  public record Total(ServiceMetric metric, int serviceLevels, long met, long missed, long pending,
      Optional<BigDecimal> attainment) {

    /**
     * A total.
     *
     * @param metric the metric, never null
     * @param serviceLevels how many service levels were summed
     * @param met items met
     * @param missed items missed
     * @param pending items pending
     * @param attainment the attainment, never null
     */
    public Total {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(attainment, "attainment");
    }
  }

  /**
   * Whether any window of any agreement failed its level.
   *
   * @return {@code true} when some agreement's result has a missed window
   */
  public boolean anyWindowMissed() {
    return agreements.stream().anyMatch(a -> a.result().anyWindowMissed());
  }

  /**
   * Whether no service level of any agreement could be measured.
   *
   * @return {@code true} when every agreement's result measured nothing
   */
  public boolean nothingMeasurable() {
    return agreements.stream().allMatch(a -> a.result().nothingMeasurable());
  }
}
