package io.github.slaframework.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MergeProperties {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ServiceLevelMeter METER =
      ServiceLevelMeter.of(MeasurementProperties.AGREEMENT).byRequester();

  private static Instant midnight(LocalDate d) {
    return d.atStartOfDay(LONDON).toInstant();
  }

  /**
   * A year of events (with a few closings that match nothing), split at random days, each part
   * measured alone from its own log and the parts merged: the same result, rejected lines
   * included, as measuring all the logs at once over the whole range.
   */
  @Property(tries = 40)
  void aYearMeasuredPartByPartAndMergedIsTheWhole(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 2900) int size,
      @ForAll @IntRange(min = 0, max = 14) int cuts) throws IOException {
    Random random = new Random(seed ^ 0x3e26e);
    List<Event> events = withFormat11(RandomLogs.generate(seed, size), random);
    int orphans = 0;
    for (int i = 0; i < 3 && events.size() > 2; i++, orphans++) {
      int at = 1 + random.nextInt(events.size() - 1);
      events.add(at, Event.of(EventType.FOOTAGE_DELIVERED, "orphan-" + i,
          events.get(at - 1).at()).withRef("no-such-request-" + i));
    }
    LocalDate first = events.isEmpty() ? LocalDate.of(2025, 9, 20)
        : events.get(0).at().atZone(LONDON).toLocalDate();
    LocalDate end = events.isEmpty() ? first.plusDays(1)
        : events.get(events.size() - 1).at().atZone(LONDON).toLocalDate().plusDays(1);
    TreeSet<LocalDate> bounds = new TreeSet<>(List.of(first, end));
    long days = end.toEpochDay() - first.toEpochDay();
    for (int i = 0; i < cuts && days > 1; i++) {
      bounds.add(first.plusDays(1 + random.nextInt((int) days - 1)));
    }
    List<LocalDate> dates = new ArrayList<>(bounds);
    List<EventSource> sources = new ArrayList<>();
    List<MeasurementPart> parts = new ArrayList<>();
    int next = 0;
    for (int k = 0; k + 1 < dates.size(); k++) {
      List<Event> part = new ArrayList<>();
      while (next < events.size() && events.get(next).at().isBefore(midnight(dates.get(k + 1)))) {
        part.add(events.get(next++));
      }
      EventSource log = Logs.jsonl("part-" + k, EventLogWriter.toJsonLines(part));
      sources.add(log);
      parts.add(METER.measurePart(List.of(log),
          MeasureRange.of(dates.get(k), dates.get(k + 1))));
    }

    MeasurementResult whole = METER.measure(sources, MeasureRange.of(first, end));
    MeasurementResult merged = MeasurementResult.merge(parts);

    assertThat(merged).isEqualTo(whole);
    assertThat(merged.rejectedCount()).isEqualTo(orphans);
  }

  /**
   * The format 1.1 additions on a random log: a requester on most openings, an outcome on some
   * deliveries, and the clock of some requests stopped and restarted (or left stopped) while
   * they are open, so that stops span the parts' edges too.
   */
  private static List<Event> withFormat11(List<Event> log, Random random) {
    String[] requesters = {"force-a", "force-b", "force-c"};
    Outcome[] outcomes = Outcome.values();
    Map<String, Instant> closedAt = new HashMap<>();
    for (Event e : log) {
      if (e.type() == EventType.FOOTAGE_DELIVERED) {
        closedAt.put(e.ref().orElseThrow(), e.at());
      }
    }
    List<Event> out = new ArrayList<>();
    List<Event> clocks = new ArrayList<>();
    for (Event e : log) {
      Event x = e;
      if (e.type().closes() || e.ref().isPresent()) {
        if (e.type() == EventType.FOOTAGE_DELIVERED && random.nextInt(3) == 0) {
          x = e.withOutcome(outcomes[random.nextInt(outcomes.length)]);
        }
      } else if (random.nextInt(5) > 0) {
        x = e.withRequester(requesters[random.nextInt(requesters.length)]);
      }
      out.add(x);
      if (e.type() == EventType.FOOTAGE_REQUESTED && random.nextInt(4) == 0) {
        Instant end = closedAt.getOrDefault(e.id(), e.at().plus(Duration.ofDays(20)));
        long span = Duration.between(e.at(), end).getSeconds();
        if (span > 4) {
          long stop = 1 + random.nextInt((int) Math.min(span / 2, Integer.MAX_VALUE - 1L));
          clocks.add(Event.of(EventType.CLOCK_STOPPED, "stop-" + e.id(),
              e.at().plusSeconds(stop)).withRef(e.id()));
          if (random.nextBoolean() && closedAt.containsKey(e.id())) {
            long restart = stop + 1 + random.nextInt((int) Math.max(1, span - stop - 2));
            clocks.add(Event.of(EventType.CLOCK_RESTARTED, "restart-" + e.id(),
                e.at().plusSeconds(Math.min(restart, span - 1))).withRef(e.id()));
          }
        }
      }
    }
    // In time order, a clock event after the log's events of the same instant.
    clocks.sort(Comparator.comparing(Event::at));
    List<Event> merged = new ArrayList<>();
    int c = 0;
    for (Event e : out) {
      while (c < clocks.size() && clocks.get(c).at().isBefore(e.at())) {
        merged.add(clocks.get(c++));
      }
      merged.add(e);
    }
    while (c < clocks.size()) {
      merged.add(clocks.get(c++));
    }
    return merged;
  }

  @Example
  void settlesAnItemOpenedInOnePartAndClosedTwoPartsLater() throws IOException {
    Event request = Event.of(EventType.FOOTAGE_REQUESTED, "r1",
        Instant.parse("2025-10-30T10:00:00Z"));
    Event ack = Event.of(EventType.REQUEST_ACKNOWLEDGED, "a1",
        Instant.parse("2025-10-30T11:00:00Z")).withRef("r1");
    Event delivered = Event.of(EventType.FOOTAGE_DELIVERED, "d1",
        Instant.parse("2025-11-05T09:00:00Z")).withRef("r1"); // within P7D

    MeasurementPart october = METER.measurePart(List.of(EventSource.of("oct",
        List.of(request, ack))), MeasureRange.of(LocalDate.of(2025, 10, 1),
        LocalDate.of(2025, 11, 1)));
    MeasurementPart early = METER.measurePart(List.of(EventSource.of("nov-1", List.of())),
        MeasureRange.of(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 3)));
    MeasurementPart late = METER.measurePart(List.of(EventSource.of("nov-2",
        List.of(delivered))), MeasureRange.of(LocalDate.of(2025, 11, 3),
        LocalDate.of(2025, 12, 1)));
    MeasurementResult merged = MeasurementResult.merge(List.of(october, early, late));

    assertThat(october.openAtEnd()).isEqualTo(1);
    assertThat(october.carriedCount()).isEqualTo(2); // the request and its acknowledgement
    assertThat(late.carriedCount()).isEqualTo(1); // a closing it could not match
    WindowResult turnaround = merged.serviceLevels().get(0).windows().get(0);
    assertThat(turnaround.start().toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(turnaround.met()).isEqualTo(1);
    assertThat(turnaround.pending()).isZero();
    assertThat(merged.rejectedCount()).isZero();
    // Alone, October has the request pending and November a delivery that matches nothing.
    assertThat(october.result().serviceLevels().get(0).windows().get(0).pending()).isEqualTo(1);
    assertThat(late.result().rejectedCount()).isEqualTo(1);
  }

  @Example
  void refusesPartsThatAreNotConsecutive() throws IOException {
    MeasurementPart april = METER.measurePart(List.of(),
        MeasureRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1)));
    MeasurementPart june = METER.measurePart(List.of(),
        MeasureRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1)));

    assertThatThrownBy(() -> MeasurementResult.merge(List.of(april, june)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts on 2025-06-01, not on 2025-05-01");
    assertThatThrownBy(() -> METER.measurePart(List.of(), MeasureRange.ALL))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
