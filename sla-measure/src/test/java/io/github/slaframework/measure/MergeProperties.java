package io.github.slaframework.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MergeProperties {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ServiceLevelMeter METER =
      ServiceLevelMeter.of(MeasurementProperties.AGREEMENT);

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
    List<Event> events = new ArrayList<>(RandomLogs.generate(seed, size));
    Random random = new Random(seed ^ 0x3e26e);
    for (int i = 0; i < 3 && events.size() > 2; i++) {
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
    assertThat(merged.rejectedCount()).isEqualTo(size > 2 ? 3 : 0);
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
