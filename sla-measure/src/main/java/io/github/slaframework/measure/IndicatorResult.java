package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.section.Indicator;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The counts of one indicator per calendar month in {@code Europe/London}.
 *
 * @param indicator the indicator, never null
 * @param windows the months in time order, never null
 * @since 0.1.0
 */
@API(status = STABLE)
public record IndicatorResult(Indicator indicator, List<IndicatorResult.Count> windows) {

  /**
   * The count of one month.
   *
   * @param start the first day, never null
   * @param end the first day of the next month, never null
   * @param count the number of events
   * @since 0.1.0
   */
  @API(status = STABLE)
  public record Count(LocalDate start, LocalDate end, long count) {

    /**
     * A month's count.
     *
     * @param start the first day, never null
     * @param end the day after the last, never null
     * @param count the count
     */
    public Count {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }

  /**
   * An indicator's counts.
   *
   * @param indicator the indicator, never null
   * @param windows the months, never null
   */
  public IndicatorResult {
    Objects.requireNonNull(indicator, "indicator");
    windows = List.copyOf(windows);
  }

  /**
   * The count over every month.
   *
   * @return the total
   */
  public long total() {
    return windows.stream().mapToLong(Count::count).sum();
  }
}
