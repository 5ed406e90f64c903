package io.github.slaframework.measure.internal;

import io.github.slaframework.measure.MeasurementWarning;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The deadlines of a {@code WORKING_DAYS} objective (format 1.1 section 5): an item opened on a
 * local date is due by the local midnight that ends the Nth working day strictly after that date,
 * working days being Monday to Friday less the jurisdiction's {@link BankHolidays}. So with
 * {@code P1D} a request on Saturday, or on Friday at 23:59, is due by the end of Monday, and one on
 * a Monday by the end of Tuesday.
 *
 * <p>A deadline costs a few steps whatever N is: whole weeks are counted by arithmetic and the
 * holidays between two dates by a binary search in each year's sorted holidays. One instance
 * serves one service level of one measurement (not thread-safe); it remembers the years whose
 * holidays it used, for the warning {@code HOLIDAYS_UNCHECKED}.
 */
final class WorkingDays {

  /** The warning code of format 1.1 section 5: a window in a year not checked. */
  static final String HOLIDAYS_UNCHECKED = MeasurementWarning.HOLIDAYS_UNCHECKED;

  private final BankHolidays holidays;
  private final ZoneId zone;
  private final int days;
  /** The years whose holidays a deadline used. */
  private final TreeSet<Integer> used = new TreeSet<>();

  /** Items opened on one day share a deadline, and logs come in time order. */
  private LocalDate lastOpened;
  private Instant lastDeadline;

  WorkingDays(BankHolidays holidays, ZoneId zone, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days " + days);
    }
    this.holidays = holidays;
    this.zone = zone;
    this.days = days;
  }

  /** The deadline of an item opened at an instant. */
  Instant deadline(Instant opened) {
    LocalDate date = LocalDate.ofInstant(opened, zone);
    if (!date.equals(lastOpened)) {
      // atStartOfDay(zone) is the first instant of the day, also where a change skips midnight.
      lastDeadline = dueDate(date).plusDays(1).atStartOfDay(zone).toInstant();
      lastOpened = date;
    }
    return lastDeadline;
  }

  /** The Nth working day strictly after a date: the last day on which the item is on time. */
  LocalDate dueDate(LocalDate opened) {
    LocalDate from = opened;
    LocalDate due = plusWeekdays(from, days);
    long holidaysBetween = holidaysIn(from, due);
    // Every holiday among the weekdays just counted pushes the due date one weekday on; the days
    // added may hold holidays of their own, hence the loop (a few turns at most: Christmas).
    while (holidaysBetween > 0) {
      from = due;
      due = plusWeekdays(from, holidaysBetween);
      holidaysBetween = holidaysIn(from, due);
    }
    return due;
  }

  /** The Nth weekday (Monday to Friday) strictly after a date, N at least 1. */
  static LocalDate plusWeekdays(LocalDate date, long n) {
    // Weekdays strictly after a Saturday or Sunday are those strictly after the Friday before.
    int dow = date.getDayOfWeek().getValue();
    LocalDate friday = dow > 5 ? date.minusDays(dow - 5L) : date;
    int index = friday.getDayOfWeek().getValue() - 1;
    long target = index + n;
    return friday.minusDays(index).plusDays(target / 5 * 7 + target % 5);
  }

  /** The bank holidays on weekdays after {@code from} and up to {@code to}, both included. */
  private long holidaysIn(LocalDate from, LocalDate to) {
    long count = 0;
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      used.add(year);
      LocalDate[] inYear = holidays.inYear(year);
      count += indexAfter(inYear, to) - indexAfter(inYear, from);
    }
    return count;
  }

  /** How many of the sorted dates are on or before a date. */
  private static int indexAfter(LocalDate[] sorted, LocalDate date) {
    int i = Arrays.binarySearch(sorted, date);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /**
   * The warning {@code HOLIDAYS_UNCHECKED} for a service level, when one of its windows lies in a
   * year whose holidays were not checked against the published list, or a deadline used the
   * holidays of such a year (a request in late December due in January).
   */
  Optional<MeasurementWarning> uncheckedWarning(String serviceLevel, WindowSeries series) {
    TreeSet<Integer> years = new TreeSet<>(used);
    if (series.count() > 0) {
      int first = series.localStart(0).getYear();
      // The windows end at an exclusive local start: its year counts only after its first day.
      int last = series.localStart(series.count()).minus(1, ChronoUnit.NANOS).getYear();
      for (int y = first; y <= last; y++) {
        years.add(y);
      }
    }
    years.removeIf(holidays::checked);
    if (years.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MeasurementWarning(HOLIDAYS_UNCHECKED, Optional.of(serviceLevel),
        "the bank holidays of " + holidays.jurisdiction() + " in " + spans(years)
            + " are not checked against the published lists (gov.uk/bank-holidays): working days"
            + " there are counted with the holiday library's dates"));
  }

  /** Years for a message: runs of three or more as "1990 to 2017"; "2017, 2027 and 2028". */
  static String spans(TreeSet<Integer> years) {
    List<String> parts = new ArrayList<>();
    List<Integer> sorted = new ArrayList<>(years);
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      if (j - i >= 2) {
        parts.add(sorted.get(i) + " to " + sorted.get(j));
      } else {
        for (int k = i; k <= j; k++) {
          parts.add(Integer.toString(sorted.get(k)));
        }
      }
      i = j + 1;
    }
    return parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
            + parts.get(parts.size() - 1);
  }
}
