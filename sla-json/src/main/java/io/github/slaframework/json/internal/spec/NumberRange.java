package io.github.slaframework.json.internal.spec;

import java.math.BigDecimal;

/**
 * The range of a numeric field of the format, checked on the number's text before any {@link
 * BigDecimal} is made: a hostile number such as {@code 1e99999999} or {@code 1e-99999999} is
 * refused by looking at its digits and exponent only, so no arithmetic, scale change or
 * formatting ever works on it. Immutable.
 *
 * <p>A number is read as its significand digits {@code D} (the integer and fraction digits,
 * without the point) and its exponent {@code E} such that the value is {@code D × 10^E}. A
 * number whose {@code E} is below {@code -maxFractionDigits} or above {@code maxIntegerDigits}
 * is out of range without further work; any other is small enough (at most the reader's number
 * length in digits, a bounded exponent) to become a {@link BigDecimal} and be compared with the
 * bounds.
 */
final class NumberRange {

  /** Exponents are read up to this magnitude; anything beyond is out of every range. */
  private static final long EXPONENT_CAP = 1_000_000_000_000L;

  /** Free numbers (extension values, rule literals): at most about 1,000 digits written out. */
  static final NumberRange FREE = new NumberRange(null, null, 1000, 1000);

  /** Percentages: attainment and numeric thresholds; 0 to 100 is checked by validation. */
  static final NumberRange PERCENT = decimal("-1000000", "1000000", 12);

  /** A scene width in metres; that it is positive is checked by validation. */
  static final NumberRange METRES = decimal("-1000000", "1000000", 12);

  /** Money: a decimal string of at most 15 integer and 12 fraction digits. */
  static final NumberRange AMOUNT =
      decimal("-999999999999999.999999999999", "999999999999999.999999999999", 12);

  private final BigDecimal min;
  private final BigDecimal max;
  private final int maxFractionDigits;
  private final int maxIntegerDigits;

  private NumberRange(BigDecimal min, BigDecimal max, int maxFractionDigits,
      int maxIntegerDigits) {
    this.min = min;
    this.max = max;
    this.maxFractionDigits = maxFractionDigits;
    this.maxIntegerDigits = maxIntegerDigits;
  }

  private static NumberRange decimal(String min, String max, int maxFractionDigits) {
    BigDecimal hi = new BigDecimal(max);
    int integerDigits = Math.max(1, hi.precision() - hi.scale());
    return new NumberRange(new BigDecimal(min), hi, maxFractionDigits, integerDigits);
  }

  /** The least value, or null for none but the exponent bound. */
  BigDecimal min() {
    return min;
  }

  /** The greatest value, or null for none but the exponent bound. */
  BigDecimal max() {
    return max;
  }

  /** The most fraction digits a value may have. */
  int maxFractionDigits() {
    return maxFractionDigits;
  }

  /**
   * The decimal of a number's text when it is within the range.
   *
   * @param text a JSON number (or a decimal string), well-formed
   * @return the decimal, or null when the text is out of range or no number
   */
  BigDecimal parse(String text) {
    // A decimal string is bounded by the string limit only: a million digits would make the
    // decimal itself slow to build. No text in range is longer than its digits and some signs.
    if (text.length() > maxIntegerDigits + maxFractionDigits + 16) {
      return null;
    }
    long exponent = exponent(text);
    if (exponent == Long.MIN_VALUE
        || exponent < -maxFractionDigits
        || exponent > maxIntegerDigits) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
    if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
      return null;
    }
    return value;
  }

  /** The range in words, for messages and the documentation. */
  String describe() {
    String digits = "at most " + maxFractionDigits + " fraction digits";
    return min == null ? "an exponent within \u00b1" + maxIntegerDigits + ", " + digits
        : "from " + min.toPlainString() + " to " + max.toPlainString() + ", " + digits;
  }

  /**
   * The exponent {@code E} of a number's text such that its value is {@code D × 10^E} for its
   * significand digits {@code D}; saturated at {@link #EXPONENT_CAP} so that no digit string can
   * overflow it.
   *
   * @return the exponent, or {@link Long#MIN_VALUE} when the text is no number
   */
  static long exponent(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    int fraction = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        fraction++;
      }
    }
    if (digits + fraction == 0) {
      return Long.MIN_VALUE;
    }
    long written = 0;
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      boolean negative = false;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        negative = s.charAt(i) == '-';
        i++;
      }
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        if (written < EXPONENT_CAP) {
          written = written * 10 + (s.charAt(i) - '0');
        }
        i++;
      }
      if (i == start) {
        return Long.MIN_VALUE;
      }
      written = Math.min(written, EXPONENT_CAP);
      if (negative) {
        written = -written;
      }
    }
    return i == n ? written - fraction : Long.MIN_VALUE;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
