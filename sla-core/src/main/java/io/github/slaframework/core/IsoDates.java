package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * ISO-8601 dates read as {@link LocalDate#parse} reads them, shared by the reader (sla-json) and
 * the named checks (sla-validation). The common {@code YYYY-MM-DD} is read by hand: java.time's
 * formatter takes a fresh JVM milliseconds to set up and costs many times as much per date; any
 * other spelling goes to {@code LocalDate.parse}, so the result and the exceptions are the same.
 *
 * <p>Public for the library's own modules only (a qualified module export would break a program
 * that puts some of the jars on the class path and some on the module path): not API, and may
 * change or go in any release.
 *
 * @since 0.2.0
 */
@API(status = INTERNAL, consumers = "io.github.slaframework.*")
public final class IsoDates {

  private IsoDates() {}

  /**
   * Parses a date.
   *
   * @param text the text, never null
   * @return the date
   * @throws java.time.DateTimeException when the text is no date
   */
  public static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The ASCII digits from {@code from} to {@code to} as a number, or -1 when one is no digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
