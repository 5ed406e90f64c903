package io.github.slaframework.measure;

import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveCalendar;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.measure.YearOracle.Figures;
import io.github.slaframework.measure.YearOracle.Kind;
import io.github.slaframework.measure.YearOracle.Level;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The year-long check of issue 18: a deterministic year (2025) of a control room's events, with
 * every priority, several requesters and none, every outcome, stopped clocks (across month edges,
 * both clock changes, past their deadline, still stopped at the end of the range) and bad lines,
 * measured by the engine under each of the three jurisdictions and compared, window by window and
 * requester by requester, with the figures {@link YearOracle} works out from the contract alone.
 * Only the agreement's jurisdiction changes between the three runs.
 */
class YearOracleTests {

  private static final YearMonth FIRST = YearMonth.of(2025, 1);
  private static final YearMonth LAST = YearMonth.of(2025, 12);
  private static final MeasureRange RANGE =
      MeasureRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));

  private static final Instant YEAR_START = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant YEAR_END = Instant.parse("2026-01-01T00:00:00Z");
  /** The clock changes of 2025 in London. */
  private static final Instant SPRING = Instant.parse("2025-03-30T01:00:00Z");
  private static final Instant AUTUMN = Instant.parse("2025-10-26T01:00:00Z");

  private static final List<Level> LEVELS = List.of(
      new Level("turnaround-p7d", Kind.TURNAROUND, Priority.ROUTINE, "P7D", false, 95),
      new Level("turnaround-72h", Kind.TURNAROUND, Priority.URGENT, "PT72H", false, 90),
      new Level("turnaround-ttl", Kind.TURNAROUND, Priority.THREAT_TO_LIFE, "PT4H", false, 100),
      new Level("turnaround-wd", Kind.TURNAROUND, null, "P5D", true, 90),
      new Level("request-ack", Kind.ACKNOWLEDGEMENT, null, "PT4H", false, 95),
      new Level("fault-repair", Kind.REPAIR, null, "P3D", false, 90),
      new Level("fault-repair-wd", Kind.REPAIR, null, "P2D", true, 90),
      new Level("live-response", Kind.LIVE, Priority.URGENT, "PT5M", false, 90));

  /** Requesters: four forces, one spelled in capitals (it sorts first), and none. */
  private static final String[] REQUESTERS =
      {"police-scotland", "psni", "met-police", "BTP", null, null};

  private static final Year YEAR = new Year(20_251_226L);
  private static final List<Event> EVENTS = YEAR.events();

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void everyWindowOfTheYearHasTheContractsFigures(Jurisdiction jurisdiction) throws IOException {
    MeasurementResult result = ServiceLevelMeter.of(agreement(jurisdiction)).byRequester()
        .measure(List.of(EventSource.of("year", EVENTS)), RANGE);
    YearOracle oracle = new YearOracle();
    oracle.read(EVENTS);

    assertThat(result.warnings()).isEmpty();
    assertThat(result.rejectedCount()).isEqualTo(oracle.rejected).isPositive();
    assertThat(result.eventCount()).isEqualTo(EVENTS.size() - oracle.rejected);
    assertThat(engine(result)).containsExactlyElementsOf(expected(oracle, jurisdiction));
  }

  @Test
  void theYearExercisesEveryRule() {
    YearOracle oracle = new YearOracle();
    oracle.read(EVENTS);
    List<String> lines = expected(oracle, Jurisdiction.ENGLAND_AND_WALES);
    for (Outcome outcome : Outcome.values()) {
      assertThat(lines).anyMatch(l -> l.contains(outcome.name()));
    }
    assertThat(lines).anyMatch(l -> l.contains(" MISSED")).anyMatch(l -> l.endsWith(" met"));
    assertThat(lines).anyMatch(l -> l.startsWith("turnaround-ttl =ambulance"))
        .noneMatch(l -> l.startsWith("turnaround-p7d =ambulance"))
        .anyMatch(l -> l.startsWith("turnaround-p7d =cancelled 2025-04 0/0/0 {WITHDRAWN=1}"));
    assertThat(oracle.seen.keySet()).contains("closed while stopped",
        "acknowledgement closed by delivery", "stopped at the range end, missed",
        "stopped at the range end, pending", "stopped after the deadline",
        "closed on the deadline", "pending on the range end");
    assertThat(YEAR.seen.keySet()).contains("stop across the spring change",
        "stop across the autumn change", "stop across a month edge", "event after the range");
  }

  @ParameterizedTest
  @EnumSource(value = Jurisdiction.class, names = {"SCOTLAND", "NORTHERN_IRELAND"})
  void workingDaysDifferFromEnglandAndWales(Jurisdiction jurisdiction) {
    // Otherwise the three runs would not show that the jurisdiction's holidays are used.
    YearOracle oracle = new YearOracle();
    oracle.read(EVENTS);
    List<String> england = workingDayLines(oracle, Jurisdiction.ENGLAND_AND_WALES);
    assertThat(workingDayLines(oracle, jurisdiction)).isNotEqualTo(england);
  }

  private static List<String> workingDayLines(YearOracle oracle, Jurisdiction jurisdiction) {
    return expected(oracle, jurisdiction).stream().filter(l -> l.startsWith("turnaround-wd *"))
        .toList();
  }

  private static Agreement agreement(Jurisdiction jurisdiction) {
    List<ServiceLevel> levels = new ArrayList<>();
    for (Level l : LEVELS) {
      ServiceMetric metric = switch (l.kind()) {
        case TURNAROUND -> ServiceMetric.FOOTAGE_REQUEST_TURNAROUND;
        case ACKNOWLEDGEMENT -> ServiceMetric.REQUEST_ACKNOWLEDGEMENT;
        case REPAIR -> ServiceMetric.FAULT_REPAIR_TIME;
        case LIVE -> ServiceMetric.LIVE_INCIDENT_RESPONSE;
      };
      ServiceLevel base = duration(l.id(), metric, l.threshold(), l.attainment());
      ServiceLevel.Builder b = ServiceLevel.builder().from(base);
      if (l.priority() != null) {
        b.appliesTo(AppliesTo.priority(l.priority()));
      }
      if (l.workingDays()) {
        b.objective(Objective.builder().from(Objective.atMost(IsoPeriod.parse(l.threshold())))
            .calendar(ObjectiveCalendar.WORKING_DAYS).build());
      }
      levels.add(b.build());
    }
    return agreementWith(levels.toArray(new ServiceLevel[0]))
        .withSection(LegalConsiderationsSection.builder().jurisdiction(jurisdiction).build());
  }

  /** One line per window: overall, then per requester in the engine's order. */
  private static List<String> engine(MeasurementResult result) {
    List<String> out = new ArrayList<>();
    assertThat(result.serviceLevels()).hasSize(LEVELS.size());
    for (int i = 0; i < LEVELS.size(); i++) {
      ServiceLevelResult level = result.serviceLevels().get(i);
      assertThat(level.id()).isEqualTo(LEVELS.get(i).id());
      assertThat(level.problem()).isEmpty();
      addWindows(out, level.id() + " *", level.windows());
      for (RequesterResult r : level.byRequester().orElseThrow()) {
        addWindows(out, level.id() + " " + r.requester().map(s -> "=" + s).orElse("null"),
            r.windows());
      }
    }
    return out;
  }

  private static void addWindows(List<String> out, String prefix, List<WindowResult> windows) {
    assertThat(windows).hasSize(12);
    for (WindowResult w : windows) {
      YearMonth month = YearMonth.from(w.start());
      assertThat(w.start()).isEqualTo(month.atDay(1).atStartOfDay());
      assertThat(w.end()).isEqualTo(month.plusMonths(1).atDay(1).atStartOfDay());
      assertThat(w.attainment().isPresent()).isEqualTo(w.met() + w.missed() > 0);
      String level = w.levelMet().map(met -> met ? "met" : "MISSED").orElse("none");
      out.add(line(prefix, month, w.met(), w.missed(), w.pending(), w.outcomes(), level));
    }
  }

  private static List<String> expected(YearOracle oracle, Jurisdiction jurisdiction) {
    List<String> out = new ArrayList<>();
    for (Level level : LEVELS) {
      Map<String, Map<YearMonth, Figures>> figures =
          oracle.measure(level, jurisdiction, FIRST, LAST);
      List<String> keys = new ArrayList<>(figures.keySet());
      // Overall first, then requesters by their strings, the items without requester last.
      keys.sort(Comparator.comparing((String k) -> k.equals("*") ? "" : k.equals("null")
          ? "\uffff" : k));
      if (!figures.containsKey("*")) {
        keys.add(0, "*"); // a level without items still has its windows
      }
      for (String key : keys) {
        Map<YearMonth, Figures> windows = figures.get(key);
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
          Figures f = windows == null ? new Figures(0, 0, 0, Map.of()) : windows.get(m);
          String met = f.met() + f.missed() == 0 ? "none"
              : f.met() * 100 >= (long) level.attainment() * (f.met() + f.missed()) ? "met"
              : "MISSED";
          out.add(line(level.id() + " " + key, m, f.met(), f.missed(), f.pending(), f.outcomes(),
              met));
        }
      }
    }
    return out;
  }

  private static String line(String prefix, YearMonth month, long met, long missed, long pending,
      Map<Outcome, Long> outcomes, String level) {
    Map<Outcome, Long> inOrder = new EnumMap<>(Outcome.class);
    inOrder.putAll(outcomes);
    return prefix + " " + month + " " + met + "/" + missed + "/" + pending + " " + inOrder + " "
        + level;
  }

  /** The year's events, from a seed: nothing here knows the figures they give. */
  private static final class Year {
    final Random random;
    final Map<String, Integer> seen = new TreeMap<>();
    final List<Event> events = new ArrayList<>();
    int next;

    Year(long seed) {
      random = new Random(seed);
    }

    List<Event> events() {
      for (int i = 0; i < 1500; i++) {
        footageRequest();
      }
      for (int i = 0; i < 300; i++) {
        fault();
      }
      for (int i = 0; i < 600; i++) {
        liveRequest();
      }
      List<Instant> edges = new ArrayList<>(List.of(SPRING, AUTUMN, YEAR_END));
      for (YearMonth m = FIRST.plusMonths(1); !m.isAfter(LAST); m = m.plusMonths(1)) {
        edges.add(m.atDay(1).atStartOfDay(YearOracle.LONDON).toInstant());
      }
      for (Instant edge : edges) {
        for (int i = 0; i < 4; i++) {
          stoppedAcross(edge);
        }
      }
      // A requester with threat-to-life requests only (absent from the other levels), and one
      // whose requests were all withdrawn (present, with no met or missed item).
      for (int i = 0; i < 5; i++) {
        Instant open = openingInstant();
        String id = "req-" + (next++);
        add(new ArrayList<>(List.of(
            Event.of(EventType.FOOTAGE_REQUESTED, id, open).withPriority(Priority.THREAT_TO_LIFE)
                .withRequester("ambulance"),
            Event.of(EventType.FOOTAGE_DELIVERED, "del-" + (next++),
                open.plus(upTo(Duration.ofHours(6)))).withRef(id))));
      }
      for (int i = 0; i < 2; i++) {
        Instant open = YEAR_START.plus(Duration.ofDays(100 + 50 * i));
        String id = "req-" + (next++);
        add(new ArrayList<>(List.of(
            Event.of(EventType.FOOTAGE_REQUESTED, id, open).withRequester("cancelled"),
            Event.of(EventType.FOOTAGE_DELIVERED, "del-" + (next++), open.plusSeconds(86_400))
                .withRef(id).withOutcome(Outcome.WITHDRAWN))));
      }
      for (Instant change : List.of(SPRING, AUTUMN)) {
        for (int i = 0; i < 6; i++) {
          weekAcross(change);
        }
      }
      // Every log is in time order; the events of one opening were made in causal order with
      // distinct instants, and the sort is stable.
      events.sort(Comparator.comparing(Event::at));
      return List.copyOf(events);
    }

    private void footageRequest() {
      Instant open = openingInstant();
      Priority priority = pick(Priority.ROUTINE, Priority.ROUTINE, Priority.ROUTINE,
          Priority.URGENT, Priority.URGENT, Priority.THREAT_TO_LIFE);
      String id = "req-" + (next++);
      Event request = Event.of(EventType.FOOTAGE_REQUESTED, id, open);
      // An event without priority is ROUTINE: half the routine ones say so, half do not.
      if (priority != Priority.ROUTINE || random.nextBoolean()) {
        request = request.withPriority(priority);
      }
      request = fromSomeone(request);
      List<Event> own = new ArrayList<>();
      TreeSet<Instant> used = new TreeSet<>(List.of(open));
      own.add(request);
      Duration scale = switch (priority) {
        case THREAT_TO_LIFE -> Duration.ofHours(6);
        case URGENT -> Duration.ofDays(4);
        case ROUTINE -> Duration.ofDays(10);
      };
      Instant delivered = null;
      int fate = random.nextInt(100);
      if (fate < 5) {
        // Exactly on the deadline of the level of its priority (on time: format 1.0 section 6).
        delivered = distinct(used, switch (priority) {
          case THREAT_TO_LIFE -> open.plus(Duration.ofHours(4));
          case URGENT -> open.plus(Duration.ofHours(72));
          case ROUTINE -> open.atZone(YearOracle.LONDON).plusDays(7).toInstant();
        });
      } else if (fate < 8) {
        // At a local midnight, where working-day deadlines fall.
        delivered = distinct(used, open.plus(upTo(scale)).atZone(YearOracle.LONDON)
            .toLocalDate().plusDays(1).atStartOfDay(YearOracle.LONDON).toInstant());
      } else if (fate < 95) {
        delivered = distinct(used, open.plus(upTo(scale)));
      }
      if (random.nextInt(100) < 80) {
        Instant ack = distinct(used, random.nextInt(20) == 0 ? open.plus(Duration.ofHours(4))
            : open.plus(upTo(Duration.ofHours(7))));
        if (delivered == null || ack.isBefore(delivered)) {
          own.add(Event.of(EventType.REQUEST_ACKNOWLEDGED, "ack-" + (next++), ack).withRef(id));
        }
      }
      if (delivered != null) {
        Event delivery = Event.of(EventType.FOOTAGE_DELIVERED, "del-" + (next++), delivered)
            .withRef(id);
        Outcome outcome = pick(Outcome.DELIVERED, Outcome.DELIVERED, Outcome.DELIVERED,
            Outcome.DELIVERED, Outcome.NO_FOOTAGE, Outcome.OUTSIDE_RETENTION, Outcome.DECLINED,
            Outcome.WITHDRAWN, Outcome.WITHDRAWN);
        if (outcome != Outcome.DELIVERED || random.nextBoolean()) {
          delivery = delivery.withOutcome(outcome);
        }
        if (random.nextInt(10) == 0) {
          // The delivery's own requester does not matter.
          delivery = delivery.withRequester("someone-else");
        }
        own.add(delivery);
        if (random.nextInt(50) == 0) {
          // A second closing of the acknowledgement (closed by the delivery or before): bad.
          own.add(Event.of(EventType.REQUEST_ACKNOWLEDGED, "ack-" + (next++),
              distinct(used, delivered.plusSeconds(3600))).withRef(id));
        }
      }
      stops(own, used, id, open, delivered, scale, 30);
      add(own);
    }

    /** A request whose clock stops before {@code edge} and restarts (if ever) after it. */
    private void stoppedAcross(Instant edge) {
      Instant open = edge.minusSeconds(600 + random.nextInt(3 * 86_400));
      String id = "req-" + (next++);
      Event request = Event.of(EventType.FOOTAGE_REQUESTED, id, open)
          .withPriority(pick(Priority.values()));
      List<Event> own = new ArrayList<>(List.of(fromSomeone(request)));
      Instant stop = edge.minusSeconds(1 + random.nextInt(540));
      own.add(Event.of(EventType.CLOCK_STOPPED, "stop-" + (next++), stop).withRef(id));
      if (random.nextInt(100) < 80) {
        Instant restart = edge.plusSeconds(1 + random.nextInt(2 * 86_400));
        own.add(Event.of(EventType.CLOCK_RESTARTED, "go-" + (next++), restart).withRef(id));
        note(stop, restart);
        if (random.nextInt(100) < 80) {
          own.add(Event.of(EventType.FOOTAGE_DELIVERED, "del-" + (next++),
              restart.plus(upTo(Duration.ofDays(6)))).withRef(id)
              .withOutcome(pick(Outcome.values())));
        }
      }
      add(own);
    }

    /**
     * A routine request a few days before a clock change, delivered 168 hours later or a
     * calendar week later (the same local time): a week is calendar time, so only the second is
     * always on time for {@code P7D}.
     */
    private void weekAcross(Instant change) {
      Instant open = change.minusSeconds(3600 + random.nextInt(6 * 86_400));
      String id = "req-" + (next++);
      Instant delivered = random.nextBoolean() ? open.plus(Duration.ofHours(168))
          : open.atZone(YearOracle.LONDON).plusDays(7).toInstant();
      add(new ArrayList<>(List.of(
          Event.of(EventType.FOOTAGE_REQUESTED, id, open).withPriority(Priority.ROUTINE),
          Event.of(EventType.FOOTAGE_DELIVERED, "del-" + (next++), delivered).withRef(id))));
    }

    private void fault() {
      Instant open = openingInstant();
      String id = "flt-" + (next++);
      String camera = "cam-" + random.nextInt(20);
      Event report = Event.of(EventType.FAULT_REPORTED, id, open).withCamera(camera);
      report = fromSomeone(report);
      List<Event> own = new ArrayList<>(List.of(report));
      TreeSet<Instant> used = new TreeSet<>(List.of(open));
      Instant fixed = null;
      if (random.nextInt(100) < 95) {
        fixed = distinct(used, random.nextInt(20) == 0
            ? open.atZone(YearOracle.LONDON).plusDays(3).toInstant()
            : open.plus(upTo(Duration.ofDays(5))));
        own.add(Event.of(EventType.FAULT_FIXED, "fix-" + (next++), fixed).withRef(id)
            .withCamera(camera));
      }
      stops(own, used, id, open, fixed, Duration.ofDays(4), 25);
      add(own);
    }

    private void liveRequest() {
      Instant open = openingInstant();
      String id = "live-" + (next++);
      Event request = Event.of(EventType.LIVE_SUPPORT_REQUESTED, id, open)
          .withPriority(pick(Priority.URGENT, Priority.URGENT, Priority.ROUTINE,
              Priority.THREAT_TO_LIFE));
      request = fromSomeone(request);
      List<Event> own = new ArrayList<>(List.of(request));
      TreeSet<Instant> used = new TreeSet<>(List.of(open));
      Instant started = null;
      if (random.nextInt(100) < 97) {
        started = distinct(used, open.plus(random.nextInt(20) == 0 ? Duration.ofMinutes(5)
            : upTo(Duration.ofMinutes(8))));
        own.add(Event.of(EventType.LIVE_SUPPORT_STARTED, "start-" + (next++), started)
            .withRef(id));
      }
      stops(own, used, id, open, started, Duration.ofMinutes(10), 10);
      add(own);
    }

    /**
     * Up to two stops and restarts of an opening whose last item closes at {@code end} (null when
     * it never does), in {@code percent} of them: some never restarted (still stopped at the
     * range end, or until the closing), some long after the deadline; and now and then a bad
     * line: a restart without a stop, a second stop, a stop after the closing.
     */
    private void stops(List<Event> own, TreeSet<Instant> used, String id, Instant open,
        Instant end, Duration scale, int percent) {
      if (random.nextInt(100) < 2) {
        own.add(Event.of(EventType.CLOCK_RESTARTED, "go-" + (next++),
            distinct(used, open.plusSeconds(1))).withRef(id));
      }
      if (end != null && random.nextInt(100) < 2) {
        own.add(Event.of(EventType.CLOCK_STOPPED, "stop-" + (next++),
            distinct(used, end.plusSeconds(60))).withRef(id));
      }
      if (random.nextInt(100) >= percent) {
        return;
      }
      Instant at = open;
      int count = 1 + random.nextInt(2);
      for (int k = 0; k < count; k++) {
        Duration span = end == null ? scale : Duration.between(at, end);
        Instant stop = distinct(used, at.plus(upTo(span)));
        if (end != null && !stop.isBefore(end)) {
          return;
        }
        own.add(Event.of(EventType.CLOCK_STOPPED, "stop-" + (next++), stop).withRef(id));
        if (random.nextInt(30) == 0) {
          own.add(Event.of(EventType.CLOCK_STOPPED, "stop-" + (next++),
              distinct(used, stop.plusSeconds(30))).withRef(id));
        }
        if (random.nextInt(100) < 15) {
          return; // never restarted
        }
        Instant restart = distinct(used, stop.plus(upTo(scale)).plusSeconds(60));
        if (end != null && restart.isAfter(end) && random.nextInt(10) != 0) {
          return; // the closing ended the stop (else a restart after it: a bad line)
        }
        own.add(Event.of(EventType.CLOCK_RESTARTED, "go-" + (next++), restart).withRef(id));
        note(stop, restart);
        at = restart;
      }
    }

    private void note(Instant stop, Instant restart) {
      if (stop.isBefore(SPRING) && restart.isAfter(SPRING)) {
        seen.merge("stop across the spring change", 1, Integer::sum);
      }
      if (stop.isBefore(AUTUMN) && restart.isAfter(AUTUMN)) {
        seen.merge("stop across the autumn change", 1, Integer::sum);
      }
      if (!YearMonth.from(stop.atZone(YearOracle.LONDON))
          .equals(YearMonth.from(restart.atZone(YearOracle.LONDON)))) {
        seen.merge("stop across a month edge", 1, Integer::sum);
      }
    }

    private void add(List<Event> own) {
      // Causal order first (stable for equal instants, which distinct() rules out anyway).
      own.sort(Comparator.comparing(Event::at));
      for (Event e : own) {
        if (!e.at().isBefore(YEAR_END)) {
          seen.merge("event after the range", 1, Integer::sum);
        }
      }
      events.addAll(own);
    }

    /** An opening: mostly anywhere in the year, else near a date where the rules bite. */
    private Instant openingInstant() {
      Instant at;
      if (random.nextInt(100) < 70) {
        at = YEAR_START.plusSeconds((long) (random.nextDouble() * Duration.ofDays(365).toSeconds()));
      } else {
        Instant anchor = Instant.parse(pick("2025-01-02T00:00:00Z", "2025-03-17T00:00:00Z",
            "2025-03-30T01:00:00Z", "2025-04-18T00:00:00Z", "2025-05-01T00:00:00Z",
            "2025-07-12T00:00:00Z", "2025-08-04T00:00:00Z", "2025-08-25T00:00:00Z",
            "2025-09-30T23:00:00Z", "2025-10-26T01:00:00Z", "2025-11-30T00:00:00Z",
            "2025-12-24T00:00:00Z", "2025-12-31T12:00:00Z"));
        at = anchor.plusSeconds(random.nextLong(-3 * 86_400, 3 * 86_400));
      }
      if (at.isBefore(YEAR_START)) {
        at = YEAR_START.plusSeconds(random.nextInt(86_400));
      }
      if (!at.isBefore(YEAR_END)) {
        at = YEAR_END.minusSeconds(1 + random.nextInt(86_400));
      }
      return at;
    }

    /** A duration from one second to {@code scale}, most of them short, a few near the top. */
    private Duration upTo(Duration scale) {
      double u = random.nextDouble();
      return Duration.ofSeconds(1 + (long) (u * u * scale.toSeconds()));
    }

    private static Instant distinct(TreeSet<Instant> used, Instant at) {
      while (!used.add(at)) {
        at = at.plusSeconds(1);
      }
      return at;
    }

    /** The event from one of the {@link #REQUESTERS}, or from no one. */
    private Event fromSomeone(Event opening) {
      String requester = pick(REQUESTERS);
      return requester == null ? opening : opening.withRequester(requester);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
      return values[random.nextInt(values.length)];
    }
  }
}
