package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.testkit.MeasurementSamples.standardAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Priority;
import io.github.slaframework.testkit.ExampleFiles;
import io.github.slaframework.testkit.MeasurementSamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Events from memory ({@link EventSource#of(Iterable)}) and pushed into a
 * {@link MeasurementSession} measure exactly as the same events read from a log.
 */
class InMemoryMeasurementTests {

  private static final Agreement METROPOLITAN = MeasurementSamples.metropolitanCouncil();

  @Test
  void measuresTheExampleYearFromMemoryAsFromItsFile() throws IOException {
    MeasureRange range = MeasureRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1));
    assertSameAsFile(ExampleFiles.METROPOLITAN_YEAR_LOG, range);
    assertSameAsFile(ExampleFiles.METROPOLITAN_YEAR_LOG, MeasureRange.ALL);
  }

  @Test
  void measuresTheExampleQuarterFromMemoryAsFromItsFile() throws IOException {
    assertSameAsFile(ExampleFiles.METROPOLITAN_QUARTER_LOG, MeasureRange.ALL);
  }

  /**
   * Measures a log file, then the events it holds from memory and through a session. The lines
   * that are bad as text (syntax, unknown type) cannot become events, so they are left out of the
   * in-memory runs; everything else, the rejections of events included, must agree.
   */
  private static void assertSameAsFile(Path log, MeasureRange range) throws IOException {
    ServiceLevelMeter meter = ServiceLevelMeter.of(METROPOLITAN);
    MeasurementResult fromFile = meter.measureFiles(List.of(log), range);
    List<Event> events = readEvents(log);

    MeasurementResult fromMemory = meter.measure(List.of(EventSource.of(events)), range);
    MeasurementSession session = meter.session(range);
    events.forEach(session::accept);
    MeasurementResult pushed = session.result();

    for (MeasurementResult result : List.of(fromMemory, pushed)) {
      assertThat(result.serviceLevels()).isEqualTo(fromFile.serviceLevels());
      assertThat(result.indicators()).isEqualTo(fromFile.indicators());
      assertThat(result.eventCount()).isEqualTo(fromFile.eventCount());
      assertThat(Logs.rejected(result)).extracting(Logs.Rejected::code, Logs.Rejected::reason)
          .containsExactlyElementsOf(Logs.rejected(fromFile).stream()
              .filter(r -> !r.code().equals(EventFindingCodes.SYNTAX)
                  && !r.code().equals(EventFindingCodes.INVALID_VALUE))
              .map(r -> org.assertj.core.groups.Tuple.tuple(r.code(), r.reason()))
              .toList());
    }
    assertThat(fromMemory).isEqualTo(pushed);
    assertThat(MeasurementReports.toString(fromMemory, ReportFormat.JSON, "t"))
        .isEqualTo(MeasurementReports.toString(pushed, ReportFormat.JSON, "t"));
    assertThat(fromFile.anyWindowMissed()).isEqualTo(fromMemory.anyWindowMissed());
  }

  @Test
  void namesARejectedEventByItsPositionAndSource() throws IOException {
    List<Event> events = List.of(
        Logs.event("FOOTAGE_REQUESTED r1 2025-11-10T09:00Z"),
        Logs.event("REQUEST_ACKNOWLEDGED a1 2025-11-10T10:00Z ref=nobody"),
        Logs.event("REQUEST_ACKNOWLEDGED a2 2025-11-10T08:00Z ref=r1"));
    MeasurementResult result = ServiceLevelMeter.of(standardAgreement())
        .measure(List.of(EventSource.of("queue", events)), MeasureRange.ALL);

    assertThat(Logs.rejected(result)).containsExactly(
        new Logs.Rejected("queue", 2, 1, EventFindingCodes.EVENT_UNMATCHED, "/ref",
            "ref 'nobody' matches no open FOOTAGE_REQUESTED"),
        new Logs.Rejected("queue", 3, 1, EventFindingCodes.EVENT_ORDER, "/at",
            "out of order: at 2025-11-10T08:00:00Z is before the previous event's "
                + "2025-11-10T10:00:00Z"));
  }

  @Test
  void aSessionRejectsAnEventEarlierThanTheOneBefore() {
    MeasurementSession session = ServiceLevelMeter.of(standardAgreement())
        .session("control-room", MeasureRange.ALL);

    assertThat(session.accept(Logs.event("FOOTAGE_REQUESTED r1 2025-11-10T09:00Z"))).isTrue();
    assertThat(session.accept(Logs.event("FOOTAGE_REQUESTED r2 2025-11-10T08:00Z"))).isFalse();
    assertThat(session.accept(Logs.event("REQUEST_ACKNOWLEDGED a1 2025-11-10T10:00Z ref=r1")))
        .isTrue();
    assertThat(session.rejectedCount()).isEqualTo(1);

    MeasurementResult result = session.result();
    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::file, Logs.Rejected::line,
        Logs.Rejected::code).containsExactly(
            org.assertj.core.groups.Tuple.tuple("control-room", 2L, EventFindingCodes.EVENT_ORDER));
    assertThat(result.eventCount()).isEqualTo(2);
    assertThat(session.result()).isSameAs(result);
    assertThatThrownBy(() -> session.accept(Logs.event("INCIDENT i1 2025-11-11T10:00Z")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sessionsOfOneMeterAreIndependent() {
    ServiceLevelMeter meter = ServiceLevelMeter.of(standardAgreement());
    MeasurementSession first = meter.session(MeasureRange.ALL);
    MeasurementSession second = meter.session(MeasureRange.ALL);

    first.accept(Logs.event("FOOTAGE_REQUESTED r1 2025-11-10T09:00Z"));
    second.accept(Logs.event("FOOTAGE_REQUESTED r1 2025-11-10T09:00Z"));
    first.accept(Logs.event("REQUEST_ACKNOWLEDGED a1 2025-11-10T10:00Z ref=r1"));
    second.accept(Logs.event("REQUEST_ACKNOWLEDGED a1 2025-11-10T19:00Z ref=r1"));

    assertThat(Logs.level(first.result(), "request-ack").windows().get(0).met()).isEqualTo(1);
    assertThat(Logs.level(second.result(), "request-ack").windows().get(0).missed()).isEqualTo(1);
    assertThat(Logs.rejected(first.result())).isEmpty();
    assertThat(Logs.rejected(second.result())).isEmpty();
  }

  @Test
  void anEmptySessionGivesTheResultOfAnEmptyLog() throws IOException {
    ServiceLevelMeter meter = ServiceLevelMeter.of(standardAgreement());
    assertThat(meter.session(MeasureRange.ALL).result())
        .isEqualTo(meter.measure(List.of(jsonl("empty", "")), MeasureRange.ALL));
  }

  @Test
  void anInMemorySourceIsIteratedOncePerMeasurement() throws IOException {
    EventSource source = EventSource.of(List.of(
        Logs.event("FOOTAGE_REQUESTED r1 2025-11-10T09:00Z"),
        Logs.event("REQUEST_ACKNOWLEDGED a1 2025-11-10T10:00Z ref=r1")));
    ServiceLevelMeter meter = ServiceLevelMeter.of(standardAgreement());

    MeasurementResult once = meter.measure(List.of(source), MeasureRange.ALL);
    assertThat(meter.measure(List.of(source), MeasureRange.ALL)).isEqualTo(once);
    assertThat(source.name()).isEqualTo("events");
    assertThat(source.events()).isPresent();
    assertThatThrownBy(source::open).isInstanceOf(IOException.class);
    assertThat(once).isEqualTo(meter.measure(List.of(jsonl("events", lines(
        "FOOTAGE_REQUESTED r1 2025-11-10T09:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-11-10T10:00Z ref=r1"))), MeasureRange.ALL));
  }

  @Test
  void givesEachRejectedLineOfALogItsCodePointerAndColumn() throws IOException {
    String log = String.join("\n",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r1\",\"at\":\"2025-11-10T09:00Z\"}",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r2\",\"at\":\"2025-11-10T09:00Z\",",
        "{\"type\":\"CAMERA_MOVED\",\"id\":\"m1\",\"at\":\"2025-11-10T09:00Z\"}",
        "{\"type\":\"INCIDENT\",\"id\":\"i1\",\"at\":\"2025-11-10T09:00Z\",\"camera\":7}",
        "{\"type\":\"INCIDENT\",\"at\":\"2025-11-10T09:00Z\"}",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r1\",\"at\":\"2025-11-10T09:30Z\"}",
        "");
    MeasurementResult result = ServiceLevelMeter.of(standardAgreement())
        .measure(List.of(jsonl("log.jsonl", log)), MeasureRange.ALL);

    assertThat(Logs.rejected(result))
        .extracting(Logs.Rejected::line, Logs.Rejected::column, Logs.Rejected::code,
            Logs.Rejected::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 64, EventFindingCodes.SYNTAX, ""),
            org.assertj.core.groups.Tuple.tuple(3L, 1, EventFindingCodes.INVALID_VALUE, "/type"),
            org.assertj.core.groups.Tuple.tuple(4L, 1, EventFindingCodes.TYPE_MISMATCH,
                "/camera"),
            org.assertj.core.groups.Tuple.tuple(5L, 1, EventFindingCodes.REQUIRED, "/id"),
            org.assertj.core.groups.Tuple.tuple(6L, 1, EventFindingCodes.EVENT_REPEATED, "/id"));
  }

  /** The events of a log, skipping the lines that are bad as text. */
  private static List<Event> readEvents(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    boolean csv = log.toString().endsWith(".csv");
    List<String> header = csv ? List.of(lines.get(0).split(",", -1)) : List.of();
    List<Event> events = new ArrayList<>();
    for (String line : csv ? lines.subList(1, lines.size()) : lines) {
      Map<String, String> fields = csv ? csvFields(header, line) : jsonFields(line);
      Event e = fields == null ? null : event(fields);
      if (e != null) {
        events.add(e);
      }
    }
    return events;
  }

  private static Map<String, String> csvFields(List<String> header, String line) {
    String[] values = line.split(",", -1);
    Map<String, String> fields = new TreeMap<>();
    for (int i = 0; i < header.size() && i < values.length; i++) {
      if (!values[i].isEmpty()) {
        fields.put(header.get(i), values[i]);
      }
    }
    return fields;
  }

  private static Map<String, String> jsonFields(String line) {
    Map<String, String> fields = new TreeMap<>();
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String name;
      while ((name = p.nextName()) != null) {
        p.nextToken();
        fields.put(name, p.getString());
      }
    } catch (JacksonException e) {
      return null;
    }
    return fields;
  }

  private static Event event(Map<String, String> f) {
    EventType type;
    try {
      type = EventType.valueOf(f.get("type"));
    } catch (IllegalArgumentException e) {
      return null;
    }
    try {
      String priority = f.get("priority");
      return Event.of(type, f.get("id"), OffsetDateTime.parse(f.get("at")).toInstant(),
          f.get("ref"), priority == null ? null : Priority.valueOf(priority), f.get("camera"));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
