package io.github.slaframework.measure.internal;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.measure.MeasurementLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The windows of one service level (or of the indicators), created lazily in time order as events
 * arrive, and the measured range in that level's time zone. Window {@code k} runs from boundary
 * {@code k} (inclusive) to boundary {@code k + 1} (exclusive); boundaries are local start times
 * turned into instants in the zone, so a month begins at local midnight whatever the offset.
 *
 * <p>A series stops at {@link MeasurementLimits#MAX_WINDOWS_PER_SERVICE_LEVEL} windows, or when
 * the windows left to all the service levels of a measurement ({@link Budget}) run out and it is
 * the last of them in agreement order: it then holds why ({@link #overflow()}), drops its windows
 * and creates no more, so no event, however far in the future, and no window length, however
 * short, makes memory or time grow past the limits.
 */
final class WindowSeries {

  /**
   * The windows left to all the service levels of one measurement together, and the series that
   * share them in agreement order. When a window would pass the total, the last series in
   * agreement order that holds windows gives them up (it is not measurable): service levels are
   * measured in agreement order while their windows fit.
   */
  static final class Budget {
    private final List<WindowSeries> members = new ArrayList<>();
    private int left;

    Budget(int windows) {
      this.left = windows;
    }

    /** Takes a window for a series; {@code false} when the series itself had to give up. */
    private boolean take(WindowSeries s) {
      if (left == 0) {
        for (int i = members.size() - 1; i >= 0; i--) {
          WindowSeries last = members.get(i);
          if (last.overflow == null && last.count > 0) {
            last.stop("more than " + String.format(Locale.ROOT, "%,d",
                MeasurementLimits.MAX_WINDOWS) + " windows in all service levels together"
                + " (this one's " + last.windows() + " began " + Labels.instantText(last.anchor)
                + " in " + last.zone + "): measure a shorter range");
            break;
          }
        }
        if (s.overflow != null) {
          return false;
        }
      }
      left--;
      return true;
    }
  }

  final ZoneId zone;
  private final WindowType type;
  private final IsoPeriod length;
  private final int max;
  /** Shared by the service levels of a measurement; {@code null} for the indicators. */
  private final Budget budget;
  private String overflow;

  private LocalDateTime anchor;
  private long[] boundary = new long[16];
  private int count;
  private long rangeStartSec;
  private long rangeEndSec = Long.MAX_VALUE;
  private boolean rangeEndKnown;
  private boolean rangeEndInclusive;

  WindowSeries(ZoneId zone, WindowType type, IsoPeriod length, int max, Budget budget) {
    this.zone = zone;
    this.type = type;
    this.length = length;
    this.max = max;
    this.budget = budget;
    if (budget != null) {
      budget.members.add(this);
    }
  }

  /**
   * Stops the series at a limit: it creates no more windows and gives back those it has (to the
   * {@link Budget}, and to the heap), so a service level that is not measurable holds nothing.
   */
  private void stop(String why) {
    overflow = why;
    if (budget != null) {
      budget.left += count;
    }
    count = 0;
    boundary = new long[] {boundary[0]};
  }

  /** Why the series stopped creating windows (a limit), or {@code null} while it has not. */
  String overflow() {
    return overflow;
  }

  boolean anchored() {
    return anchor != null;
  }

  /** Starts the range at local midnight of a date. */
  void anchorAtDate(LocalDate from) {
    anchor = windowStartContaining(from).atStartOfDay();
    boundary[0] = toSec(anchor);
    rangeStartSec = from.atStartOfDay(zone).toEpochSecond();
  }

  /** Starts the range at the window holding the first event. */
  void anchorAtFirstEvent(Instant at) {
    anchor = windowStartContaining(LocalDate.ofInstant(at, zone)).atStartOfDay();
    boundary[0] = toSec(anchor);
    rangeStartSec = boundary[0];
  }

  /**
   * Ends the range at an epoch second: exclusive for a {@code --to} date, inclusive for the
   * default end (the last event, which is measured).
   */
  void endRange(long endSec, boolean inclusive) {
    rangeEndSec = endSec;
    rangeEndKnown = true;
    rangeEndInclusive = inclusive;
  }

  boolean rangeEndKnown() {
    return rangeEndKnown;
  }

  long rangeStartSec() {
    return rangeStartSec;
  }

  long rangeEndSec() {
    return rangeEndSec;
  }

  private LocalDate windowStartContaining(LocalDate d) {
    switch (type) {
      case CALENDAR_MONTH:
        return d.withDayOfMonth(1);
      case CALENDAR_QUARTER:
        return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
      case CALENDAR_YEAR:
        return LocalDate.of(d.getYear(), 1, 1);
      default:
        return d;
    }
  }

  LocalDateTime localStart(int k) {
    switch (type) {
      case CALENDAR_MONTH:
        return anchor.plusMonths(k);
      case CALENDAR_QUARTER:
        return anchor.plusMonths(3L * k);
      case CALENDAR_YEAR:
        return anchor.plusYears(k);
      default:
        return anchor
            .plus(length.datePart().multipliedBy(k))
            .plus(length.timePart().multipliedBy(k));
    }
  }

  private long toSec(LocalDateTime local) {
    return local.atZone(zone).toEpochSecond();
  }

  /**
   * Creates windows until one holds {@code sec} (an event's epoch second), but none starting
   * after the range end (nor at an exclusive end).
   */
  void cover(long sec) {
    while (overflow == null && (count == 0 || boundary[count] <= sec)) {
      long start = boundary[count];
      if (rangeEndKnown && (rangeEndInclusive ? start > rangeEndSec : start >= rangeEndSec)) {
        return;
      }
      if (count >= max) {
        stop("more than " + String.format(Locale.ROOT, "%,d", max) + " " + windows()
            + " from " + Labels.instantText(anchor) + " in " + zone
            + ": measure a shorter range or use a longer window");
        return;
      }
      if (budget != null && !budget.take(this)) {
        return;
      }
      if (count + 1 >= boundary.length) {
        boundary = Arrays.copyOf(boundary, boundary.length * 2);
      }
      boundary[count + 1] = toSec(localStart(count + 1));
      count++;
    }
  }

  int count() {
    return count;
  }

  /** The kind of windows, for messages: "CALENDAR_MONTH windows", "ROLLING windows of PT1H". */
  private String windows() {
    return type == WindowType.ROLLING ? "ROLLING windows of " + length : type + " windows";
  }

  long startSec(int k) {
    return boundary[k];
  }

  long endSec(int k) {
    return boundary[k + 1];
  }

  /** The window holding an instant, or -1 when it is before the first window or after the last. */
  int indexOf(long sec) {
    if (count == 0 || sec < boundary[0] || sec >= boundary[count]) {
      return -1;
    }
    if (sec >= boundary[count - 1]) {
      return count - 1;
    }
    int lo = 0;
    int hi = count - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (boundary[mid] <= sec) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Whether an instant lies in the measured range. */
  boolean inRange(long sec) {
    return anchored()
        && sec >= rangeStartSec
        && (!rangeEndKnown || (rangeEndInclusive ? sec <= rangeEndSec : sec < rangeEndSec));
  }
}
