package io.github.slaframework.render.internal;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.section.AreaCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns model values into the words a reader of a UK agreement expects. */
public final class Words {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("DPA_2018_PART_3", "Data Protection Act 2018, Part 3 (law enforcement processing)"),
          Map.entry("UK_GDPR", "UK General Data Protection Regulation"),
          Map.entry("DPA_2018_SCHEDULE_2", "Data Protection Act 2018, Schedule 2 (exemptions)"),
          Map.entry("POFA_2012", "Protection of Freedoms Act 2012 (Surveillance Camera Code of Practice)"),
          Map.entry("RIPA_2000_PART_2", "Regulation of Investigatory Powers Act 2000, Part II"),
          Map.entry("RIPSA_2000", "Regulation of Investigatory Powers (Scotland) Act 2000"),
          Map.entry("CPIA_1996", "Criminal Procedure and Investigations Act 1996"),
          Map.entry("HRA_1998", "Human Rights Act 1998"),
          Map.entry("FOIA_2000", "Freedom of Information Act 2000"),
          Map.entry("ENGLAND_AND_WALES", "England and Wales"),
          Map.entry("AIRWAVE_RADIO", "Airwave radio"),
          Map.entry("SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE",
              "SIA public space surveillance (CCTV) licence"),
          Map.entry("BS_7958", "BS 7958 (management and operation of CCTV)"),
          Map.entry("RIPA_AWARENESS", "RIPA awareness"),
          Map.entry("ANPR", "Automatic number plate recognition (ANPR)"),
          Map.entry("SHA_256", "SHA-256"),
          Map.entry("SHA_512", "SHA-512"),
          Map.entry("NATIVE", "native format"),
          Map.entry("TRANSCODED", "transcoded"),
          Map.entry("NHS_BODY", "NHS body"),
          Map.entry("IEC_62676_4_2014", "IEC 62676-4:2014"),
          Map.entry("IEC_62676_4_2025", "IEC 62676-4:2025"));

  private Words() {}

  /** A label for an enum constant or code: a known phrase, else the code in sentence case. */
  public static String label(Object code) {
    String s = code.toString();
    String known = LABELS.get(s);
    if (known != null) {
      return known;
    }
    if (s.startsWith("x-")) {
      s = s.substring(2).replace('-', '_');
    }
    String lower = s.replace('_', ' ').toLowerCase(Locale.ROOT);
    return lower.isEmpty() ? s : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** The labels of several codes joined into one line. */
  public static String labels(List<?> codes) {
    return String.join("; ", codes.stream().map(Words::label).toList());
  }

  /** An area's title when no framework gives one. */
  public static String areaTitle(AreaCode area) {
    return label(area.code());
  }

  /** A date as "1 April 2026". */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** A period in words: {@code P31D} as "31 days", {@code PT4H} as "4 hours". */
  public static String period(IsoPeriod period) {
    List<String> parts = new ArrayList<>();
    Period p = period.datePart();
    unit(parts, p.getYears(), "year");
    unit(parts, p.getMonths(), "month");
    unit(parts, p.getDays(), "day");
    Duration d = period.timePart();
    unit(parts, d.toHours(), "hour");
    unit(parts, d.toMinutesPart(), "minute");
    unit(parts, d.toSecondsPart(), "second");
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static void unit(List<String> parts, long n, String unit) {
    if (n != 0) {
      parts.add(n + " " + unit + (Math.abs(n) == 1 ? "" : "s"));
    }
  }

  /** "Yes" or "No". */
  public static String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }

  /** Money: "£350.00" for pounds, else "350.00 EUR". */
  public static String money(BigDecimal amount, String currency) {
    String plain = amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY)
        .toPlainString();
    return "GBP".equals(currency) ? "£" + plain : plain + " " + currency;
  }

  /** A pixel density or percentage with one decimal place. */
  public static String oneDecimal(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
