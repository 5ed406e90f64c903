package io.github.slaframework.measure;

import io.github.slaframework.core.Priority;
import io.github.slaframework.core.section.Jurisdiction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures format 1.0 section 6 and format 1.1 section 5 give for a log, worked out without
 * any of the engine's code: the events are read one by one into plain bookkeeping per item (when
 * it was opened and closed, how, and the intervals its clock was stopped), then every item is
 * judged against each service level with the contract's rules written as directly as possible.
 * Working days are counted day by day over the bank holidays published at gov.uk/bank-holidays
 * (copied from {@code BankHolidaysTests}). Only what the year test needs: duration metrics,
 * calendar months in Europe/London, a range of whole months.
 */
final class YearOracle {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** gov.uk/bank-holidays for 2025 and 2026, as in {@code BankHolidaysTests}. */
  private static final Map<Jurisdiction, String> HOLIDAYS = Map.of(
      Jurisdiction.ENGLAND_AND_WALES,
      "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26"
          + " 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25"
          + " 2026-12-28",
      Jurisdiction.SCOTLAND,
      "2025-01-01 2025-01-02 2025-04-18 2025-05-05 2025-05-26 2025-08-04 2025-12-01 2025-12-25"
          + " 2025-12-26 2026-01-01 2026-01-02 2026-04-03 2026-05-04 2026-05-25 2026-08-03"
          + " 2026-11-30 2026-12-25 2026-12-28",
      Jurisdiction.NORTHERN_IRELAND,
      "2025-01-01 2025-03-17 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-07-14 2025-08-25"
          + " 2025-12-25 2025-12-26 2026-01-01 2026-03-17 2026-04-03 2026-04-06 2026-05-04"
          + " 2026-05-25 2026-07-13 2026-08-31 2026-12-25 2026-12-28");

  /** What a service level measures. */
  enum Kind { TURNAROUND, ACKNOWLEDGEMENT, REPAIR, LIVE }

  /** A service level as the oracle reads it: a threshold in one of three calendars. */
  record Level(String id, Kind kind, Priority priority, String threshold, boolean workingDays,
      int attainment) {}

  /** One window's figures; {@code outcomes} only for turnaround levels. */
  record Figures(long met, long missed, long pending, Map<Outcome, Long> outcomes) {}

  /** Coverage counters, so the year test can insist that each rule was exercised. */
  final Map<String, Integer> seen = new LinkedHashMap<>();

  long rejected;

  private final Map<String, Opening> openings = new HashMap<>();
  private final List<Opening> inOrder = new ArrayList<>();

  private static final class Item {
    final Kind kind;
    Instant closedAt;
    Outcome outcome;
    /** Stop intervals as pairs; an interval's end is null while the clock is still stopped. */
    final List<Instant[]> stops = new ArrayList<>();

    Item(Kind kind) {
      this.kind = kind;
    }

    boolean stopped() {
      return !stops.isEmpty() && stops.get(stops.size() - 1)[1] == null;
    }
  }

  private static final class Opening {
    final Event event;
    final List<Item> items = new ArrayList<>();
    boolean stopped;

    Opening(Event event) {
      this.event = event;
    }

    Item item(Kind kind) {
      return items.stream().filter(i -> i.kind == kind).findFirst().orElse(null);
    }

    boolean anyOpen() {
      return items.stream().anyMatch(i -> i.closedAt == null);
    }
  }

  private void count(String what) {
    seen.merge(what, 1, Integer::sum);
  }

  /** Reads the events in order, as a log; bad lines are counted in {@link #rejected}. */
  void read(List<Event> events) {
    for (Event e : events) {
      if (!accept(e)) {
        rejected++;
      }
    }
  }

  private boolean accept(Event e) {
    switch (e.type()) {
      case FOOTAGE_REQUESTED -> {
        Opening o = open(e);
        o.items.add(new Item(Kind.TURNAROUND));
        o.items.add(new Item(Kind.ACKNOWLEDGEMENT));
        return true;
      }
      case FAULT_REPORTED -> {
        open(e).items.add(new Item(Kind.REPAIR));
        return true;
      }
      case LIVE_SUPPORT_REQUESTED -> {
        open(e).items.add(new Item(Kind.LIVE));
        return true;
      }
      case REQUEST_ACKNOWLEDGED -> {
        return close(e, Kind.ACKNOWLEDGEMENT, null);
      }
      case FAULT_FIXED -> {
        return close(e, Kind.REPAIR, null);
      }
      case LIVE_SUPPORT_STARTED -> {
        return close(e, Kind.LIVE, null);
      }
      case FOOTAGE_DELIVERED -> {
        Outcome outcome = e.outcome().orElse(Outcome.DELIVERED);
        Opening o = openings.get(e.ref().orElse(""));
        if (!close(e, Kind.TURNAROUND, outcome)) {
          return false;
        }
        // The delivery also closes the acknowledgement, when it is still open.
        Item ack = o.item(Kind.ACKNOWLEDGEMENT);
        if (ack.closedAt == null) {
          finish(ack, e.at(), outcome);
          count("acknowledgement closed by delivery");
        }
        return true;
      }
      case CLOCK_STOPPED -> {
        Opening o = openings.get(e.ref().orElse(""));
        if (o == null || !o.anyOpen() || o.stopped) {
          return false;
        }
        o.stopped = true;
        for (Item i : o.items) {
          if (i.closedAt == null) {
            i.stops.add(new Instant[] {e.at(), null});
          }
        }
        return true;
      }
      case CLOCK_RESTARTED -> {
        Opening o = openings.get(e.ref().orElse(""));
        if (o == null || !o.anyOpen() || !o.stopped) {
          return false;
        }
        o.stopped = false;
        for (Item i : o.items) {
          if (i.stopped()) {
            i.stops.get(i.stops.size() - 1)[1] = e.at();
          }
        }
        return true;
      }
      default -> throw new IllegalArgumentException("not generated: " + e.type());
    }
  }

  private Opening open(Event e) {
    Opening o = new Opening(e);
    openings.put(e.id(), o);
    inOrder.add(o);
    return o;
  }

  private boolean close(Event e, Kind kind, Outcome outcome) {
    Opening o = openings.get(e.ref().orElse(""));
    Item item = o == null ? null : o.item(kind);
    if (item == null || item.closedAt != null) {
      return false;
    }
    finish(item, e.at(), outcome);
    return true;
  }

  private void finish(Item item, Instant at, Outcome outcome) {
    if (item.stopped()) {
      // A closing while stopped ends the stop for this item only.
      item.stops.get(item.stops.size() - 1)[1] = at;
      count("closed while stopped");
    }
    item.closedAt = at;
    item.outcome = outcome;
  }

  /**
   * The figures of one service level over the months {@code first} to {@code last} (the range
   * ends at the local midnight that ends {@code last}): overall under the key {@code "*"}, and per
   * requester (the items without requester under {@code null}), only requesters with items.
   */
  Map<String, Map<YearMonth, Figures>> measure(Level level, Jurisdiction jurisdiction,
      YearMonth first, YearMonth last) {
    Instant rangeStart = first.atDay(1).atStartOfDay(LONDON).toInstant();
    Instant rangeEnd = last.plusMonths(1).atDay(1).atStartOfDay(LONDON).toInstant();
    Set<LocalDate> holidays = new HashSet<>();
    for (String d : HOLIDAYS.get(jurisdiction).split(" ")) {
      holidays.add(LocalDate.parse(d));
    }
    Map<String, Map<YearMonth, long[]>> counts = new HashMap<>();
    Map<String, Map<YearMonth, Map<Outcome, Long>>> outcomes = new HashMap<>();
    for (Opening o : inOrder) {
      Instant opened = o.event.at();
      if (opened.isBefore(rangeStart) || !opened.isBefore(rangeEnd)
          || o.event.effectivePriority() != level.priority() && level.priority() != null) {
        continue;
      }
      Item item = o.item(level.kind());
      if (item == null) {
        continue;
      }
      YearMonth window = YearMonth.from(opened.atZone(LONDON));
      Instant deadline = deadline(opened, level, holidays);
      boolean closed = item.closedAt != null && item.closedAt.isBefore(rangeEnd);
      Instant until = closed ? item.closedAt : rangeEnd;
      for (Instant[] stop : item.stops) {
        Instant end = stop[1] == null || stop[1].isAfter(until) ? until : stop[1];
        if (stop[0].isAfter(deadline) && stop[0].isBefore(until)) {
          count("stopped after the deadline");
        }
        if (stop[0].isBefore(end)) {
          deadline = deadline.plus(Duration.between(stop[0], end));
        }
      }
      int column; // 0 met, 1 missed, 2 pending, 3 neither (withdrawn)
      if (closed) {
        if (item.outcome == Outcome.WITHDRAWN) {
          column = 3;
        } else {
          column = item.closedAt.isAfter(deadline) ? 1 : 0;
          if (item.closedAt.equals(deadline)) {
            count("closed on the deadline");
          }
        }
      } else {
        column = deadline.isBefore(rangeEnd) ? 1 : 2;
        if (deadline.equals(rangeEnd)) {
          count("pending on the range end");
        }
        if (item.stopped() || item.stops.stream().anyMatch(
            s -> s[0].isBefore(rangeEnd) && (s[1] == null || !s[1].isBefore(rangeEnd)))) {
          count("stopped at the range end, " + (column == 1 ? "missed" : "pending"));
        }
      }
      String requester = o.event.requester().orElse(null);
      for (String key : new String[] {"*", requester == null ? "null" : "=" + requester}) {
        counts.computeIfAbsent(key, k -> new HashMap<>())
            .computeIfAbsent(window, w -> new long[4])[column]++;
        if (closed && level.kind() == Kind.TURNAROUND) {
          Outcome outcome = item.outcome == null ? Outcome.DELIVERED : item.outcome;
          outcomes.computeIfAbsent(key, k -> new HashMap<>())
              .computeIfAbsent(window, w -> new EnumMap<>(Outcome.class))
              .merge(outcome, 1L, Long::sum);
        }
      }
    }
    Map<String, Map<YearMonth, Figures>> out = new HashMap<>();
    counts.keySet().forEach(key -> {
      Map<YearMonth, Figures> windows = new LinkedHashMap<>();
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        long[] c = counts.get(key).getOrDefault(m, new long[4]);
        Map<Outcome, Long> o = outcomes.getOrDefault(key, Map.of())
            .getOrDefault(m, new EnumMap<>(Outcome.class));
        windows.put(m, new Figures(c[0], c[1], c[2], o));
      }
      out.put(key, windows);
    });
    return out;
  }

  private static Instant deadline(Instant opened, Level level, Set<LocalDate> holidays) {
    ZonedDateTime local = opened.atZone(LONDON);
    if (level.workingDays()) {
      int n = Integer.parseInt(level.threshold().substring(1, level.threshold().length() - 1));
      LocalDate day = local.toLocalDate();
      while (n > 0) {
        day = day.plusDays(1);
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
            && !holidays.contains(day)) {
          n--;
        }
      }
      // The local midnight that ends the Nth working day.
      return day.plusDays(1).atStartOfDay(LONDON).toInstant();
    }
    if (level.threshold().startsWith("PT")) {
      return opened.plus(Duration.parse(level.threshold()));
    }
    // Days: calendar time, the opening's local date-time plus the days (ZonedDateTime keeps
    // the opening's offset in a repeated hour when it is valid, and skips forward in a gap).
    int days = Integer.parseInt(level.threshold().substring(1, level.threshold().length() - 1));
    return local.plusDays(days).toInstant();
  }
}
