package io.github.slaframework.measure.internal;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.WindowType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The windows of one service level (or of the indicators), created lazily in time order as events
 * arrive, and the measured range in that level's time zone. Window {@code k} runs from boundary
 * {@code k} (inclusive) to boundary {@code k + 1} (exclusive); boundaries are local start times
 * turned into instants in the zone, so a month begins at local midnight whatever the offset.
 */
final class WindowSeries {

  final ZoneId zone;
  private final WindowType type;
  private final IsoPeriod length;

  private LocalDateTime anchor;
  private long[] boundary = new long[16];
  private int count;
  private long rangeStartSec;
  private long rangeEndSec = Long.MAX_VALUE;
  private boolean rangeEndKnown;
  private boolean rangeEndInclusive;

  WindowSeries(ZoneId zone, WindowType type, IsoPeriod length) {
    this.zone = zone;
    this.type = type;
    this.length = length;
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
    while (count == 0 || boundary[count] <= sec) {
      long start = boundary[count];
      if (rangeEndKnown && (rangeEndInclusive ? start > rangeEndSec : start >= rangeEndSec)) {
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
