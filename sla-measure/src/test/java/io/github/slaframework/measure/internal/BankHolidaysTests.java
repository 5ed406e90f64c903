package io.github.slaframework.measure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.slaframework.core.section.Jurisdiction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The bank holidays behind {@code WORKING_DAYS} (format 1.1 section 5): the holiday library plus
 * the corrections give, in every checked year, exactly the dates the UK government publishes at
 * gov.uk/bank-holidays, written out here by hand from those lists (substitute days as published:
 * the day that is off work).
 */
class BankHolidaysTests {

  /** gov.uk/bank-holidays, England and Wales. */
  private static final Map<Integer, String> ENGLAND_AND_WALES = Map.of(
      2018, "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
      2019, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
      // VE Day: the early May bank holiday moved from Monday 4 to Friday 8 May.
      2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
      2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
      // Platinum Jubilee (spring bank holiday moved to Thursday 2 June, and 3 June), the Queen's
      // state funeral on 19 September, Christmas Day on a Sunday (substitute Tuesday 27).
      2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
      // The King's coronation, Monday 8 May.
      2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
      2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
      2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
      2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28");

  /** gov.uk/bank-holidays, Scotland: 2 January, St Andrew's Day, first Monday of August. */
  private static final Map<Integer, String> SCOTLAND = Map.of(
      2018, "01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26",
      2019, "01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26",
      2020, "01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28",
      2021, "01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28",
      2022, "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27",
      2023, "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26",
      2024, "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26",
      // St Andrew's Day on Sunday 30 November: substitute day Monday 1 December.
      2025, "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
      2026, "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28");

  /** gov.uk/bank-holidays, Northern Ireland: St Patrick's Day, Battle of the Boyne. */
  private static final Map<Integer, String> NORTHERN_IRELAND = Map.of(
      2018, "01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26",
      2019, "01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26",
      2020, "01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28",
      2021, "01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28",
      2022, "01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27",
      2023, "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26",
      2024, "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26",
      2025, "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26",
      2026, "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28");

  private static final Map<Jurisdiction, Map<Integer, String>> PUBLISHED =
      new EnumMap<>(Map.of(Jurisdiction.ENGLAND_AND_WALES, ENGLAND_AND_WALES,
          Jurisdiction.SCOTLAND, SCOTLAND, Jurisdiction.NORTHERN_IRELAND, NORTHERN_IRELAND));

  private static List<LocalDate> dates(int year, String monthDays) {
    List<LocalDate> out = new ArrayList<>();
    for (String md : monthDays.split(" ")) {
      out.add(LocalDate.parse(year + "-" + md));
    }
    return out;
  }

  private static BankHolidays.Data packaged() throws IOException {
    try (InputStream in = BankHolidays.class.getResourceAsStream(BankHolidays.RESOURCE)) {
      return BankHolidays.parse(in);
    }
  }

  @Test
  void matchesThePublishedListsInEveryCheckedYear() throws IOException {
    BankHolidays.Data data = packaged();
    for (Jurisdiction j : Jurisdiction.values()) {
      Set<Integer> checked = data.checkedYears().get(j);
      assertThat(checked).as("checked years of %s", j).isNotEmpty();
      // A year added to the resource needs its published list here, and the other way round.
      assertThat(new TreeMap<>(PUBLISHED.get(j)).keySet()).as("published lists of %s", j)
          .containsExactlyInAnyOrderElementsOf(checked);
      BankHolidays holidays = BankHolidays.of(j);
      for (int year : checked) {
        // The published lists are all on weekdays: substitute days replace weekend days.
        assertThat(Arrays.asList(holidays.inYear(year))).as("%s %s", j, year)
            .containsExactlyElementsOf(dates(year, PUBLISHED.get(j).get(year)));
      }
    }
  }

  @Test
  void takesEnglandForEnglandAndWalesWhichTheLibraryGivesTheSameDays() {
    HolidayManager uk = HolidayManager.getInstance(
        ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    BankHolidays ew = BankHolidays.of(Jurisdiction.ENGLAND_AND_WALES);
    for (int year = 2000; year <= 2040; year++) {
      Set<LocalDate> england = new TreeSet<>();
      uk.getHolidays(Year.of(year), "eng").forEach(h -> england.add(h.getDate()));
      Set<LocalDate> wales = new TreeSet<>();
      uk.getHolidays(Year.of(year), "wls").forEach(h -> wales.add(h.getDate()));
      assertThat(wales).as("%s", year).isEqualTo(england);
      england.removeIf(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
          || d.getDayOfWeek() == DayOfWeek.SUNDAY);
      assertThat(ew.inYear(year)).as("%s", year).containsExactlyElementsOf(england);
    }
  }

  @Test
  void countsTheObservedSubstituteDayNotTheCalendarDay() {
    // Jollyday's getActualDate() is the calendar day (Sunday 30 November 2025); the day off is
    // getDate(), the substitute Monday. Reading the wrong one loses every substitute day.
    BankHolidays scotland = BankHolidays.of(Jurisdiction.SCOTLAND);
    assertThat(scotland.isHoliday(LocalDate.of(2025, 12, 1))).isTrue();
    assertThat(scotland.isHoliday(LocalDate.of(2025, 11, 30))).isFalse();
    assertThat(scotland.isHoliday(LocalDate.of(2024, 12, 2))).isTrue();
  }

  @Test
  void differsBetweenJurisdictionsOnTheirOwnDays() {
    BankHolidays ew = BankHolidays.of(Jurisdiction.ENGLAND_AND_WALES);
    BankHolidays sc = BankHolidays.of(Jurisdiction.SCOTLAND);
    BankHolidays ni = BankHolidays.of(Jurisdiction.NORTHERN_IRELAND);
    LocalDate secondJanuary = LocalDate.of(2026, 1, 2);
    LocalDate stPatrick = LocalDate.of(2026, 3, 17);
    LocalDate easterMonday = LocalDate.of(2026, 4, 6);
    LocalDate firstMondayOfAugust = LocalDate.of(2026, 8, 3);
    LocalDate lastMondayOfAugust = LocalDate.of(2026, 8, 31);
    assertThat(List.of(ew.isHoliday(secondJanuary), sc.isHoliday(secondJanuary),
        ni.isHoliday(secondJanuary))).containsExactly(false, true, false);
    assertThat(List.of(ew.isHoliday(stPatrick), sc.isHoliday(stPatrick),
        ni.isHoliday(stPatrick))).containsExactly(false, false, true);
    assertThat(List.of(ew.isHoliday(easterMonday), sc.isHoliday(easterMonday),
        ni.isHoliday(easterMonday))).containsExactly(true, false, true);
    assertThat(List.of(ew.isHoliday(firstMondayOfAugust), sc.isHoliday(firstMondayOfAugust),
        ni.isHoliday(firstMondayOfAugust))).containsExactly(false, true, false);
    assertThat(List.of(ew.isHoliday(lastMondayOfAugust), sc.isHoliday(lastMondayOfAugust),
        ni.isHoliday(lastMondayOfAugust))).containsExactly(true, false, true);
  }

  @Test
  void isTheSameInstanceForAJurisdictionFromEveryThread() throws InterruptedException {
    BankHolidays[] seen = new BankHolidays[8];
    Thread[] threads = new Thread[seen.length];
    for (int i = 0; i < threads.length; i++) {
      int k = i;
      threads[i] = new Thread(() -> {
        seen[k] = BankHolidays.of(Jurisdiction.SCOTLAND);
        seen[k].inYear(2031 + k % 3);
      });
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(seen).allSatisfy(h -> assertThat(h).isSameAs(seen[0]));
    assertThat(seen[0].inYear(2031)).contains(LocalDate.of(2031, 1, 2));
  }

  private static BankHolidays.Data parse(String json) {
    return BankHolidays.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String file(String corrections) {
    return """
        {"library": "x", "note": "n",
         "checked": {"source": "https://www.gov.uk/bank-holidays", "checkedOn": "2026-12-05",
           "years": {"ENGLAND_AND_WALES": [2025], "SCOTLAND": [2024, 2025],
                     "NORTHERN_IRELAND": []}},
         "corrections": [%s]}
        """.formatted(corrections);
  }

  @Test
  void appliesCorrectionsOfItsOwnJurisdictionAndYear() {
    BankHolidays.Data data = parse(file("""
        {"jurisdiction": "SCOTLAND", "date": "2025-11-28", "change": "ADD",
         "name": "an extra day", "source": "https://www.gov.uk/bank-holidays#scotland",
         "checkedOn": "2026-12-05"},
        {"jurisdiction": "SCOTLAND", "date": "2025-12-01", "change": "REMOVE",
         "name": "St Andrew's Day (substitute day)", "source": "https://www.gov.uk/bank-holidays",
         "checkedOn": "2026-12-05"},
        {"jurisdiction": "ENGLAND_AND_WALES", "date": "2025-11-27", "change": "ADD",
         "name": "another", "source": "https://www.gov.uk/bank-holidays",
         "checkedOn": "2026-12-05"}
        """));
    BankHolidays scotland = new BankHolidays(Jurisdiction.SCOTLAND, data);

    assertThat(scotland.isHoliday(LocalDate.of(2025, 11, 28))).isTrue();
    assertThat(scotland.isHoliday(LocalDate.of(2025, 12, 1))).isFalse();
    assertThat(scotland.isHoliday(LocalDate.of(2025, 11, 27))).isFalse();
    assertThat(scotland.isHoliday(LocalDate.of(2024, 12, 2))).isTrue();
    assertThat(scotland.checked(2024)).isTrue();
    assertThat(scotland.checked(2026)).isFalse();
    assertThat(new BankHolidays(Jurisdiction.NORTHERN_IRELAND, data).checked(2025)).isFalse();
  }

  @Test
  void refusesACorrectionFileThatIsNotExactlyRight() {
    String entry = """
        {"jurisdiction": "%s", "date": "%s", "change": "%s", "name": "n", "source": "%s",
         "checkedOn": "2026-12-05"}""";
    assertThatThrownBy(() -> parse(file(entry.formatted("WALES", "2025-01-01", "ADD",
        "https://www.gov.uk/bank-holidays"))))
        .hasMessage("bank-holidays.json: /corrections/0/jurisdiction must be a jurisdiction,"
            + " not 'WALES'");
    assertThatThrownBy(() -> parse(file(entry.formatted("SCOTLAND", "2025-13-01", "ADD",
        "https://www.gov.uk/bank-holidays"))))
        .hasMessageContaining("/corrections/0/date must be a date");
    assertThatThrownBy(() -> parse(file(entry.formatted("SCOTLAND", "2025-01-01", "MOVE",
        "https://www.gov.uk/bank-holidays"))))
        .hasMessageContaining("/corrections/0/change must be ADD or REMOVE");
    assertThatThrownBy(() -> parse(file(entry.formatted("SCOTLAND", "2025-01-01", "ADD",
        "gov.uk"))))
        .hasMessageContaining("/corrections/0/source must be an https address");
    assertThatThrownBy(() -> parse(file("{\"jurisdiction\": \"SCOTLAND\"}")))
        .hasMessageContaining("missing field /corrections/0/date");
    assertThatThrownBy(() -> parse(file("").replace("\"note\": \"n\"", "\"nte\": \"n\"")))
        .hasMessageContaining("unknown field /nte");
    assertThatThrownBy(() -> parse(file("").replace("[2025]", "[25]")))
        .hasMessageContaining("/checked/years/ENGLAND_AND_WALES must be a year");
  }
}
