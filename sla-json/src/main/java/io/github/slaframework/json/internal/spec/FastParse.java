package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.IsoPeriod;
import java.time.Duration;
import java.time.Period;

/**
 * A hand-written parser for the common spellings of periods, which {@code java.time} parses with
 * regular expressions many times slower; anything unusual falls back to {@link IsoPeriod#parse},
 * so the result is always the same. Dates: {@link io.github.slaframework.core.IsoDates}.
 */
final class FastParse {

  private FastParse() {}

  /**
   * Parses an ISO-8601 period of non-negative whole units, such as {@code P31D}, {@code P1Y6M},
   * {@code PT4H} or {@code P1DT12H}; other spellings go to {@link IsoPeriod#parse}.
   *
   * @throws java.time.format.DateTimeParseException when the text is no period
   */
  static IsoPeriod period(String s) {
    IsoPeriod fast = simplePeriod(s);
    // A spelling other than the normal one (P1W, P0Y1M) is parsed again so that the period keeps
    // it: a canonical rewrite writes every string as it was written (format 1.1 section 6).
    return fast != null && fast.toString().equals(s) ? fast : IsoPeriod.parse(s);
  }

  private static IsoPeriod simplePeriod(String s) {
    int n = s.length();
    if (n < 3 || s.charAt(0) != 'P') {
      return null;
    }
    long[] units = new long[7]; // Y M W D H M S
    int next = 0; // the least unit index allowed next
    boolean time = false;
    boolean any = false;
    int i = 1;
    while (i < n) {
      char c = s.charAt(i);
      if (c == 'T') {
        if (time || i == n - 1) {
          return null;
        }
        time = true;
        next = 4;
        i++;
        continue;
      }
      int start = i;
      long value = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start || i - start > 9 || i == n) {
        return null;
      }
      int unit = unitIndex(s.charAt(i), time);
      if (unit < next) {
        return null;
      }
      units[unit] = value;
      next = unit + 1;
      any = true;
      i++;
    }
    if (!any) {
      return null;
    }
    long days = units[3] + 7 * units[2];
    if (days > Integer.MAX_VALUE) {
      return null;
    }
    Period datePart = Period.of((int) units[0], (int) units[1], (int) days);
    Duration timePart =
        Duration.ofHours(units[4]).plusMinutes(units[5]).plusSeconds(units[6]);
    return IsoPeriod.of(datePart, timePart);
  }

  private static int unitIndex(char c, boolean time) {
    if (time) {
      return c == 'H' ? 4 : c == 'M' ? 5 : c == 'S' ? 6 : -1;
    }
    return c == 'Y' ? 0 : c == 'M' ? 1 : c == 'W' ? 2 : c == 'D' ? 3 : -1;
  }
}
