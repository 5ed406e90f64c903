package io.github.slaframework.measure;

import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.availability;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static io.github.slaframework.testkit.MeasurementSamples.urgentOnly;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.ServiceMetric;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MeasurementProperties {

  static final Agreement AGREEMENT = agreementWith(
      duration("turnaround", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P7D", 100),
      duration("ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 95),
      duration("repair", ServiceMetric.FAULT_REPAIR_TIME, "P1D", 90),
      urgentOnly(duration("live",
          ServiceMetric.LIVE_INCIDENT_RESPONSE, "PT5M", 90)),
      availability("availability", "99.5", 4));

  private static MeasurementResult measure(EventSource... sources) throws IOException {
    return ServiceLevelMeter.of(AGREEMENT).measure(List.of(sources), MeasureRange.ALL);
  }

  @Property(tries = 60)
  void splittingALogIntoTimeOrderedFilesChangesNoResult(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int size,
      @ForAll @IntRange(min = 2, max = 5) int files) throws IOException {
    List<Event> events = RandomLogs.generate(seed, size);
    Random random = new Random(seed ^ 0x5eed);
    List<List<Event>> parts = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      parts.add(new ArrayList<>());
    }
    events.forEach(e -> parts.get(random.nextInt(files)).add(e));
    EventSource[] sources = new EventSource[files];
    for (int i = 0; i < files; i++) {
      sources[i] = Logs.jsonl("part-" + i, EventLogWriter.toJsonLines(parts.get(i)));
    }

    MeasurementResult whole = measure(Logs.jsonl("whole", EventLogWriter.toJsonLines(events)));
    MeasurementResult split = measure(sources);

    assertThat(split.serviceLevels()).isEqualTo(whole.serviceLevels());
    assertThat(split.indicators()).isEqualTo(whole.indicators());
    assertThat(split.eventCount()).isEqualTo(whole.eventCount()).isEqualTo(size);
    assertThat(split.rejectedCount()).isEqualTo(whole.rejectedCount()).isZero();
  }

  @Property(tries = 60)
  void eventsFromMemoryOrPushedMeasureAsTheirLog(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int size) throws IOException {
    List<Event> events = new ArrayList<>(RandomLogs.generate(seed, size));
    // A few late events (rejected as out of order, wherever they come from), so that the
    // positions of rejected events are compared too.
    Random random = new Random(seed);
    for (int i = 0; i < 3 && events.size() > 2; i++) {
      int at = 1 + random.nextInt(events.size() - 1);
      events.add(at, Event.of(EventType.INCIDENT, "late-" + i,
          events.get(0).at().minusSeconds(60)));
    }

    MeasurementResult fromLog = measure(Logs.jsonl("events", EventLogWriter.toJsonLines(events)));
    MeasurementResult fromMemory = measure(EventSource.of(events));
    MeasurementSession session = ServiceLevelMeter.of(AGREEMENT).session(MeasureRange.ALL);
    events.forEach(session::accept);

    assertThat(fromMemory).isEqualTo(fromLog);
    assertThat(session.result()).isEqualTo(fromLog);
  }

  @Property(tries = 60)
  void csvAndJsonLinesOfTheSameEventsAgree(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int size) throws IOException {
    List<Event> events = RandomLogs.generate(seed, size);

    MeasurementResult json = measure(Logs.jsonl("log", EventLogWriter.toJsonLines(events)));
    MeasurementResult csv = measure(Logs.csv("log", EventLogWriter.toCsv(events)));

    assertThat(csv).isEqualTo(json);
  }

  @Property(tries = 60)
  void anOutOfOrderLineIsReportedNotMeasured(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 200) int size) throws IOException {
    List<Event> events = RandomLogs.generate(seed, size);
    int position = 1 + new Random(seed).nextInt(size - 1);
    Event before = events.get(position - 1);
    Event late = Event.of(EventType.INCIDENT, "late", before.at().minusSeconds(1));
    List<Event> withLate = new ArrayList<>(events);
    withLate.add(position, late);

    MeasurementResult clean = measure(Logs.jsonl("log", EventLogWriter.toJsonLines(events)));
    MeasurementResult result = measure(Logs.jsonl("log", EventLogWriter.toJsonLines(withLate)));

    assertThat(Logs.rejected(result)).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(position + 1L);
      assertThat(r.reason()).startsWith("out of order");
    });
    assertThat(result.serviceLevels()).isEqualTo(clean.serviceLevels());
    assertThat(result.indicators()).isEqualTo(clean.indicators());
    assertThat(result.eventCount()).isEqualTo(clean.eventCount());
  }
}
