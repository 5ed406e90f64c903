package io.github.slaframework.bench;

import io.github.slaframework.core.Priority;
import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventType;
import io.github.slaframework.testkit.MeasurementSamples;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Generates a plausible, deterministic event log for the example agreement: footage requests with
 * acknowledgements and deliveries, camera faults and fixes, live-support requests, and the
 * indicator events, day by day, in time order. The same seed, dates and scale always give the
 * same events. Items whose close would fall after the end stay open.
 *
 * <p>Rates at scale 1 follow published council figures (about 950 incidents, 120 arrests and 150
 * evidence packages a year); durations are log-normal so a few items breach each objective.
 */
public final class EventLogGenerator implements Iterator<Event> {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private record Scheduled(Event event, long seq) {}

  private final Random random;
  private final LocalDate end;
  private final double scale;
  private final List<String> cameras = MeasurementSamples.metropolitanCameraIds();
  private final PriorityQueue<Scheduled> queue = new PriorityQueue<>(
      Comparator.comparing((Scheduled s) -> s.event().at()).thenComparingLong(Scheduled::seq));
  private LocalDate day;
  private long seq;
  private long counter;

  /**
   * A generator.
   *
   * @param seed the seed
   * @param from the first day
   * @param to the day after the last
   * @param scale how many times the published rates (1 for a realistic council)
   */
  public EventLogGenerator(long seed, LocalDate from, LocalDate to, double scale) {
    this.random = new Random(seed);
    this.day = from;
    this.end = to;
    this.scale = scale;
  }

  /** Adds events that show particular rules; they are emitted in time order with the rest. */
  void addShowcase() {
    // A fault that spans the October/November month boundary and misses P5D.
    Event fault = Event.of(EventType.FAULT_REPORTED, "flt-showcase-1",
        Instant.parse("2025-10-30T16:00:00Z")).withCamera("cam-007");
    schedule(fault);
    schedule(Event.of(EventType.FAULT_FIXED, "fix-showcase-1",
        Instant.parse("2025-11-05T11:00:00Z")).withRef(fault.id()).withCamera("cam-007"));
    // A request during the night the clocks go back: 00:45 BST, acknowledged at 03:50 GMT --
    // 3h05 on the wall clock but 4h05 elapsed, so it misses PT4H.
    Event request = Event.of(EventType.FOOTAGE_REQUESTED, "req-showcase-1",
        Instant.parse("2025-10-25T23:45:00Z"));
    schedule(request);
    schedule(Event.of(EventType.REQUEST_ACKNOWLEDGED, "ack-showcase-1",
        Instant.parse("2025-10-26T03:50:00Z")).withRef(request.id()));
    schedule(Event.of(EventType.FOOTAGE_DELIVERED, "del-showcase-1",
        Instant.parse("2025-10-29T10:00:00Z")).withRef(request.id()));
  }

  @Override
  public boolean hasNext() {
    while (true) {
      Scheduled head = queue.peek();
      boolean generatedAll = !day.isBefore(end);
      // Every event before the start of the next day to generate is already queued.
      if (head != null
          && (generatedAll || head.event().at().isBefore(day.atStartOfDay(LONDON).toInstant()))) {
        if (!head.event().at().isBefore(end.atStartOfDay(LONDON).toInstant())) {
          queue.clear(); // closes after the end: those items stay open
          return false;
        }
        return true;
      }
      if (generatedAll) {
        return false;
      }
      generateDay(day);
      day = day.plusDays(1);
    }
  }

  @Override
  public Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return queue.poll().event();
  }

  /**
   * All events of the generator as a list.
   *
   * @return the events
   */
  public List<Event> toList() {
    List<Event> all = new ArrayList<>();
    forEachRemaining(all::add);
    return all;
  }

  private void schedule(Event e) {
    queue.add(new Scheduled(e, seq++));
  }

  private String id(String prefix) {
    return String.format("%s-%06d", prefix, ++counter);
  }

  private Instant at(LocalDate date) {
    // Busier in the day and evening than in the small hours.
    int minute = random.nextInt(100) < 80 ? 8 * 60 + random.nextInt(16 * 60) : random.nextInt(
        8 * 60);
    return date.atStartOfDay(LONDON).toInstant().plusSeconds(minute * 60L + random.nextInt(60));
  }

  private Duration logNormal(double medianSeconds, double sigma) {
    double v = medianSeconds * Math.exp(sigma * random.nextGaussian());
    return Duration.ofSeconds(Math.max(1, Math.round(v)));
  }

  private int poisson(double lambda) {
    if (lambda > 30) {
      return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
    }
    double l = Math.exp(-lambda);
    double p = 1;
    int k = 0;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }

  private void generateDay(LocalDate date) {
    for (int i = poisson(4.0 * scale); i > 0; i--) {
      Event request = Event.of(EventType.FOOTAGE_REQUESTED, id("req"), at(date),
          null, random.nextInt(10) == 0 ? Priority.URGENT : null, null);
      schedule(request);
      schedule(Event.of(EventType.REQUEST_ACKNOWLEDGED, id("ack"),
          request.at().plus(logNormal(3600, 0.72))).withRef(request.id()));
      schedule(Event.of(EventType.FOOTAGE_DELIVERED, id("del"),
          request.at().plus(logNormal(1.8 * 86_400, 0.5))).withRef(request.id()));
    }
    for (int i = poisson(0.06 * scale); i > 0; i--) {
      String camera = cameras.get(random.nextInt(cameras.size()));
      Event fault = Event.of(EventType.FAULT_REPORTED, id("flt"), at(date)).withCamera(camera);
      schedule(fault);
      schedule(Event.of(EventType.FAULT_FIXED, id("fix"),
          fault.at().plus(logNormal(24 * 3600, 0.9))).withRef(fault.id()).withCamera(camera));
    }
    for (int i = poisson(1.5 * scale); i > 0; i--) {
      Event live = Event.of(EventType.LIVE_SUPPORT_REQUESTED, id("live"), at(date), null,
          random.nextInt(10) < 6 ? Priority.URGENT : Priority.ROUTINE, null);
      schedule(live);
      schedule(Event.of(EventType.LIVE_SUPPORT_STARTED, id("start"),
          live.at().plus(logNormal(120, 0.6))).withRef(live.id()));
    }
    indicator(EventType.INCIDENT, "inc", 2.6, date);
    indicator(EventType.ARREST_ASSISTED, "arr", 0.33, date);
    indicator(EventType.EVIDENCE_PACKAGE, "evp", 0.4, date);
    indicator(EventType.FOOTAGE_REVIEW, "rev", 0.9, date);
  }

  private void indicator(EventType type, String prefix, double rate, LocalDate date) {
    for (int i = poisson(rate * scale); i > 0; i--) {
      schedule(Event.of(type, id(prefix), at(date)));
    }
  }
}
