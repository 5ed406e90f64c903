package io.github.slaframework.measure.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as shown: at most two decimals, cut (never rounded up, so 98.999 shows 98.99). */
final class Percent {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  /** {@code part ÷ whole × 100}, cut to two decimals, trailing zeros dropped. */
  static BigDecimal of(long part, long whole) {
    BigDecimal p = BigDecimal.valueOf(part).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN);
    return plain(p);
  }

  static BigDecimal plain(BigDecimal p) {
    BigDecimal s = p.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
