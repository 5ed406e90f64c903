package io.github.slaframework.measure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.section.Jurisdiction;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.TreeSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines of {@code WORKING_DAYS} objectives (format 1.1 section 5): the local midnight that
 * ends the Nth working day strictly after the opening's local date. Every expected deadline is
 * worked out by hand from the calendar and the published bank holidays (in the comments), not by
 * the engine.
 */
class WorkingDaysTests {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static Instant deadline(Jurisdiction j, int days, String opened) {
    return new WorkingDays(BankHolidays.of(j), LONDON, days)
        .deadline(OffsetDateTime.parse(opened).toInstant());
  }

  @ParameterizedTest(name = "{0} P{1}D opened {2} is due {3}")
  @CsvSource({
    // Saturday: the working days start on Monday, so P1D is due by the end of Monday.
    "ENGLAND_AND_WALES, 1, 2025-10-11T10:00+01:00, 2025-10-14T00:00+01:00",
    // Friday 23:59: Friday is the opening's day, not a working day after it.
    "ENGLAND_AND_WALES, 1, 2025-10-10T23:59+01:00, 2025-10-14T00:00+01:00",
    // 00:30 BST on Saturday is still Friday in UTC; the local date decides.
    "ENGLAND_AND_WALES, 1, 2025-10-11T00:30+01:00, 2025-10-14T00:00+01:00",
    // Monday: due by the end of Tuesday.
    "ENGLAND_AND_WALES, 1, 2025-10-13T09:00+01:00, 2025-10-15T00:00+01:00",
    // Sunday, P5D: Monday 13 to Friday 17 October.
    "ENGLAND_AND_WALES, 5, 2025-10-12T18:00+01:00, 2025-10-18T00:00+01:00",
    // Clocks go back on Sunday 26 October 2025: Friday 24 (BST) + P1D ends Monday 27 in GMT.
    "ENGLAND_AND_WALES, 1, 2025-10-24T10:00+01:00, 2025-10-28T00:00Z",
    // Clocks go forward on Sunday 29 March 2026: Friday 27 (GMT) + P1D ends Monday 30 in BST.
    "ENGLAND_AND_WALES, 1, 2026-03-27T10:00Z, 2026-03-31T00:00+01:00",
    // Christmas 2025: Thursday 25 and Friday 26 are holidays; P1D from Wednesday 24 ends Monday 29.
    "ENGLAND_AND_WALES, 1, 2025-12-24T10:00Z, 2025-12-30T00:00Z",
    // P5D from 24 December: 29, 30, 31 December, (1 January holiday) 2 and 5 January.
    "ENGLAND_AND_WALES, 5, 2025-12-24T10:00Z, 2026-01-06T00:00Z",
    "NORTHERN_IRELAND, 5, 2025-12-24T10:00Z, 2026-01-06T00:00Z",
    // Scotland also has 2 January: 29, 30, 31 December, 5 and 6 January.
    "SCOTLAND, 5, 2025-12-24T10:00Z, 2026-01-07T00:00Z",
    // 31 December 2025 + P1D: Friday 2 January in England, Monday 5 in Scotland.
    "ENGLAND_AND_WALES, 1, 2025-12-31T16:00Z, 2026-01-03T00:00Z",
    "SCOTLAND, 1, 2025-12-31T16:00Z, 2026-01-06T00:00Z",
    // Opened on Christmas Day 2026 (Friday); Boxing Day's substitute is Monday 28: due Tuesday 29.
    "ENGLAND_AND_WALES, 1, 2026-12-25T08:00Z, 2026-12-30T00:00Z",
    // Easter 2026: Good Friday 3 April everywhere, Easter Monday 6 April not in Scotland.
    "ENGLAND_AND_WALES, 1, 2026-04-02T12:00+01:00, 2026-04-08T00:00+01:00",
    "NORTHERN_IRELAND, 1, 2026-04-02T12:00+01:00, 2026-04-08T00:00+01:00",
    "SCOTLAND, 1, 2026-04-02T12:00+01:00, 2026-04-07T00:00+01:00",
    // Opened on a holiday (Easter Monday): the count starts the day after, Tuesday 7 April.
    "ENGLAND_AND_WALES, 1, 2026-04-06T10:00+01:00, 2026-04-08T00:00+01:00",
    // St Patrick's Day, Tuesday 17 March 2026, in Northern Ireland only.
    "ENGLAND_AND_WALES, 1, 2026-03-16T10:00Z, 2026-03-18T00:00Z",
    "NORTHERN_IRELAND, 1, 2026-03-16T10:00Z, 2026-03-19T00:00Z",
    // Battle of the Boyne, Saturday 12 July 2025: substitute Monday 14 in Northern Ireland.
    "NORTHERN_IRELAND, 1, 2025-07-11T10:00+01:00, 2025-07-16T00:00+01:00",
    "ENGLAND_AND_WALES, 1, 2025-07-11T10:00+01:00, 2025-07-15T00:00+01:00",
    // Summer bank holiday 2026: first Monday of August (3rd) in Scotland, last (31st) elsewhere.
    "SCOTLAND, 1, 2026-07-31T10:00+01:00, 2026-08-05T00:00+01:00",
    "ENGLAND_AND_WALES, 1, 2026-07-31T10:00+01:00, 2026-08-04T00:00+01:00",
    "SCOTLAND, 1, 2026-08-28T10:00+01:00, 2026-09-01T00:00+01:00",
    "ENGLAND_AND_WALES, 1, 2026-08-28T10:00+01:00, 2026-09-02T00:00+01:00",
    // St Andrew's Day on Sunday 30 November 2025: Scotland's substitute Monday 1 December.
    "SCOTLAND, 1, 2025-11-28T10:00Z, 2025-12-03T00:00Z",
    "ENGLAND_AND_WALES, 1, 2025-11-28T10:00Z, 2025-12-02T00:00Z",
    // P20D from Monday 1 December 2025: 2-5, 8-12, 15-19, 22-24, 29-31 December.
    "ENGLAND_AND_WALES, 20, 2025-12-01T10:00Z, 2026-01-01T00:00Z",
    "SCOTLAND, 20, 2025-12-01T10:00Z, 2026-01-01T00:00Z",
    "ENGLAND_AND_WALES, 21, 2025-12-01T10:00Z, 2026-01-03T00:00Z",
    "SCOTLAND, 21, 2025-12-01T10:00Z, 2026-01-06T00:00Z",
  })
  void isTheEndOfTheNthWorkingDayAfterTheOpeningDate(
      Jurisdiction jurisdiction, int days, String opened, String due) {
    assertThat(deadline(jurisdiction, days, opened))
        .isEqualTo(OffsetDateTime.parse(due).toInstant());
  }

  @Test
  void countsInTheWindowsTimeZone() {
    // 23:30 on Friday 10 October 2025 in London is Saturday 07:30 in Tokyo: with Tokyo as the
    // window's zone the opening is a Saturday, and P1D ends Monday 13 at Tokyo's midnight.
    WorkingDays tokyo = new WorkingDays(BankHolidays.of(Jurisdiction.ENGLAND_AND_WALES),
        ZoneId.of("Asia/Tokyo"), 1);
    assertThat(tokyo.deadline(OffsetDateTime.parse("2025-10-10T23:30+01:00").toInstant()))
        .isEqualTo(OffsetDateTime.parse("2025-10-14T00:00+09:00").toInstant());
  }

  @Test
  void agreesWithCountingDayByDay() {
    // The deadline skips whole weeks and counts holidays by binary search; counting one day at a
    // time is the definition.
    Random random = new Random(18);
    for (Jurisdiction j : Jurisdiction.values()) {
      BankHolidays holidays = BankHolidays.of(j);
      WorkingDays working = new WorkingDays(holidays, LONDON, 1);
      for (int i = 0; i < 2_000; i++) {
        LocalDate opened = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(3_300));
        int n = 1 + random.nextInt(i % 10 == 0 ? 400 : 25);
        LocalDate day = opened;
        int counted = 0;
        while (counted < n) {
          day = day.plusDays(1);
          if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
              && !holidays.isHoliday(day)) {
            counted++;
          }
        }
        WorkingDays nDays = new WorkingDays(holidays, LONDON, n);
        assertThat(nDays.dueDate(opened)).as("%s P%sD from %s", j, n, opened).isEqualTo(day);
      }
      assertThat(working.dueDate(LocalDate.of(2025, 12, 24))).isEqualTo(LocalDate.of(2025, 12, 29));
    }
  }

  @Test
  void addsWeekdaysStrictlyAfterADate() {
    LocalDate friday = LocalDate.of(2025, 10, 10);
    assertThat(WorkingDays.plusWeekdays(friday, 1)).isEqualTo(LocalDate.of(2025, 10, 13));
    assertThat(WorkingDays.plusWeekdays(friday.plusDays(1), 1)).isEqualTo(
        LocalDate.of(2025, 10, 13));
    assertThat(WorkingDays.plusWeekdays(friday.plusDays(2), 5)).isEqualTo(
        LocalDate.of(2025, 10, 17));
    assertThat(WorkingDays.plusWeekdays(friday.minusDays(2), 3)).isEqualTo(
        LocalDate.of(2025, 10, 13));
    assertThat(WorkingDays.plusWeekdays(friday, 36_500)).isEqualTo(
        friday.plusWeeks(7_300));
  }

  @Test
  void writesYearsAsRuns() {
    assertThat(WorkingDays.spans(new TreeSet<>(java.util.List.of(2027)))).isEqualTo("2027");
    assertThat(WorkingDays.spans(new TreeSet<>(java.util.List.of(2027, 2028))))
        .isEqualTo("2027 and 2028");
    assertThat(WorkingDays.spans(new TreeSet<>(java.util.List.of(2015, 2016, 2017, 2027))))
        .isEqualTo("2015 to 2017 and 2027");
    assertThat(WorkingDays.spans(new TreeSet<>(java.util.List.of(2010, 2012, 2027, 2028, 2029))))
        .isEqualTo("2010, 2012 and 2027 to 2029");
  }
}
