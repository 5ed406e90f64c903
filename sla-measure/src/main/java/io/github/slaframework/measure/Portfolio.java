package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.ServiceMetric;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Measures several agreements, each from its own event logs, into one {@link PortfolioResult}:
 * the agreements' results side by side and the totals of each metric across them. Each agreement
 * is measured as {@link ServiceLevelMeter#measure} measures it alone, one after the other, so
 * memory holds one agreement's open items at a time.
 *
 * <pre>{@code
 * PortfolioResult result = Portfolio.measure(List.of(
 *     new Portfolio.Member("north.json", north, List.of(EventSource.of(Path.of("north.jsonl")))),
 *     new Portfolio.Member("south.json", south, List.of(EventSource.of(Path.of("south.csv"))))),
 *     MeasureRange.ALL);
 * }</pre>
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class Portfolio {

  private Portfolio() {}

  /**
   * One agreement of a portfolio with its event logs.
   *
   * @param name the name reports give it (e.g. its file name), never null
   * @param agreement the agreement, never null
   * @param sources its event logs, never null (may be empty: nothing happened)
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL)
  public record Member(String name, Agreement agreement, List<EventSource> sources) {

    /**
     * A member.
     *
     * @param name the name, never null
     * @param agreement the agreement, never null
     * @param sources the logs, never null
     */
    public Member {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(agreement, "agreement");
      sources = List.copyOf(sources);
    }
  }

  /**
   * Measures every member over the same range, in the order given.
   *
   * @param members the agreements and their logs, never null
   * @param range the range, never null
   * @return the portfolio's result, never null
   * @throws IOException when a log cannot be opened or read
   */
  public static PortfolioResult measure(List<Member> members, MeasureRange range)
      throws IOException {
    return measure(members, range, false);
  }

  /**
   * Measures every member over the same range, in the order given, per requester too when asked
   * ({@link ServiceLevelMeter#byRequester()}): the result then has the totals per requester
   * across the agreements.
   *
   * @param members the agreements and their logs, never null
   * @param range the range, never null
   * @param byRequester whether to measure per requester too
   * @return the portfolio's result, never null
   * @throws IOException when a log cannot be opened or read
   */
  public static PortfolioResult measure(List<Member> members, MeasureRange range,
      boolean byRequester) throws IOException {
    Objects.requireNonNull(range, "range");
    List<PortfolioResult.AgreementResult> results = new ArrayList<>();
    for (Member m : members) {
      ServiceLevelMeter meter = ServiceLevelMeter.of(m.agreement());
      MeasurementResult r = (byRequester ? meter.byRequester() : meter)
          .measure(m.sources(), range);
      results.add(new PortfolioResult.AgreementResult(m.name(), m.agreement().title(), r));
    }
    return of(results);
  }

  /**
   * A portfolio of results already measured: computes the totals.
   *
   * @param agreements the agreements' results, never null
   * @return the portfolio's result, never null
   */
  public static PortfolioResult of(List<PortfolioResult.AgreementResult> agreements) {
    List<ServiceLevelResult> all = new ArrayList<>();
    Map<Optional<String>, List<ServiceLevelResult>> byRequester = new TreeMap<>(
        Comparator.comparing((Optional<String> r) -> r.orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())));
    for (PortfolioResult.AgreementResult a : agreements) {
      for (ServiceLevelResult level : a.result().serviceLevels()) {
        all.add(level);
        for (RequesterResult r : level.byRequester().orElse(List.of())) {
          // The requester's windows as a service level of the same metric, to total alike.
          byRequester.computeIfAbsent(r.requester(), k -> new ArrayList<>()).add(
              new ServiceLevelResult(level.id(), level.metric(), r.windows(), level.problem()));
        }
      }
    }
    List<PortfolioResult.RequesterTotals> requesters = new ArrayList<>();
    byRequester.forEach((requester, levels) ->
        requesters.add(new PortfolioResult.RequesterTotals(requester, totals(levels))));
    return new PortfolioResult(agreements, totals(all), requesters);
  }

  private static List<PortfolioResult.Total> totals(List<ServiceLevelResult> all) {
    List<PortfolioResult.Total> totals = new ArrayList<>();
    for (ServiceMetric metric : ServiceMetric.KNOWN) {
      if (metric.equals(ServiceMetric.CAMERA_AVAILABILITY)) {
        continue; // a percentage of camera-time, not items: it has no sum across agreements
      }
      int levels = 0;
      long met = 0;
      long missed = 0;
      long pending = 0;
      for (ServiceLevelResult level : all) {
        if (!level.metric().equals(metric) || !level.measurable()) {
          continue;
        }
        levels++;
        for (WindowResult w : level.windows()) {
          met += w.met();
          missed += w.missed();
          pending += w.pending();
        }
      }
      if (levels > 0) {
        totals.add(new PortfolioResult.Total(metric, levels, met, missed, pending,
            attainment(met, missed)));
      }
    }
    return totals;
  }

  /** As a window's attainment: rounded down to two places, trailing zeros dropped. */
  static Optional<BigDecimal> attainment(long met, long missed) {
    if (met + missed == 0) {
      return Optional.empty();
    }
    BigDecimal p = BigDecimal.valueOf(met).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(met + missed), 2, RoundingMode.DOWN).stripTrailingZeros();
    return Optional.of(p.scale() < 0 ? p.setScale(0) : p);
  }
}
