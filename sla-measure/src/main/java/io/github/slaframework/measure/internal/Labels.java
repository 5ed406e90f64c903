package io.github.slaframework.measure.internal;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.SourceLocation;
import io.github.slaframework.core.section.Indicator;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.MeasurementWarning;
import io.github.slaframework.measure.SourceFindings;
import io.github.slaframework.measure.WindowResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Words and numbers shared by the report writers. */
final class Labels {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy",
      Locale.ENGLISH);

  private Labels() {}

  /** A rejected line as the reports print it: where, and why. */
  record Rejected(String file, int line, String reason) {}

  /** The kept rejected lines of a result, flattened in source and line order. */
  static List<Rejected> rejected(MeasurementResult result) {
    List<Rejected> out = new ArrayList<>();
    for (SourceFindings source : result.rejected()) {
      for (Finding f : source.findings()) {
        out.add(new Rejected(source.source(), f.location().map(SourceLocation::line).orElse(1),
            f.message()));
      }
    }
    return out;
  }

  /**
   * A warning on one line, as every human-readable report prints it: the code between
   * {@code open} and {@code close}, the service level's id if any, and the message; the id and
   * message passed through the report's escaping.
   */
  static String warning(MeasurementWarning w, String open, String close,
      UnaryOperator<String> escape) {
    return open + w.code() + close + w.serviceLevel().map(id -> " " + escape.apply(id)).orElse("")
        + ": " + escape.apply(w.message());
  }

  /** A window start or end as in JSON: a date at midnight, else a local date-time. */
  static String instantText(LocalDateTime t) {
    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
  }

  /** A window for people: "Apr 2025" for a calendar month, else "first to last day". */
  static String window(WindowResult w) {
    LocalDateTime s = w.start();
    LocalDateTime e = w.end();
    boolean midnight = s.toLocalTime().equals(LocalTime.MIDNIGHT)
        && e.toLocalTime().equals(LocalTime.MIDNIGHT);
    if (midnight && s.getDayOfMonth() == 1 && s.plusMonths(1).equals(e)) {
      return MONTH.format(s);
    }
    if (midnight) {
      return s.toLocalDate() + " to " + e.toLocalDate().minusDays(1);
    }
    return s + " to " + e;
  }

  /** A window's outcomes, "DELIVERED 120, WITHDRAWN 1" in the order of Outcome; "" for none. */
  static String outcomes(WindowResult w) {
    StringBuilder sb = new StringBuilder();
    w.outcomes().forEach((o, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(o.name())
        .append(' ').append(n));
    return sb.toString();
  }

  /** A requester for people: as written, or "(no requester)". */
  static String requester(java.util.Optional<String> requester) {
    return requester.orElse("(no requester)");
  }

  /** "1 event", "2 events". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The summary line of every report. */
  static String summary(long events, long rejected) {
    return count(events, "event") + " read; " + count(rejected, "line") + " rejected";
  }

  static String percent(BigDecimal p) {
    return p.setScale(2, java.math.RoundingMode.DOWN).toPlainString();
  }

  static String attainment(WindowResult w) {
    return w.attainment().map(Labels::percent).orElse("no items");
  }

  static String level(WindowResult w) {
    return w.levelMet().map(met -> met ? "met" : "MISSED").orElse("-");
  }

  /** A duration such as "8d 2h 5m" (seconds dropped). */
  static String duration(Duration d) {
    long minutes = d.toMinutes();
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    StringBuilder sb = new StringBuilder();
    if (days > 0) {
      sb.append(days).append("d ");
    }
    if (days > 0 || hours > 0) {
      sb.append(hours).append("h ");
    }
    return sb.append(mins).append('m').toString();
  }

  static String indicator(Indicator i) {
    // Indicator is an open vocabulary: switch over its code; an x- indicator is shown as written.
    switch (i.code()) {
      case "INCIDENTS_MONITORED":
        return "Incidents monitored";
      case "ARRESTS_ASSISTED":
        return "Arrests assisted";
      case "EVIDENCE_PACKAGES":
        return "Evidence packages";
      case "FOOTAGE_REVIEWS":
        return "Footage reviews";
      case "CAMERA_AVAILABILITY":
        return "Camera availability";
      default:
        return i.code();
    }
  }
}
