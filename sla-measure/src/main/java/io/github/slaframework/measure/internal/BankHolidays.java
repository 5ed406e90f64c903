package io.github.slaframework.measure.internal;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.slaframework.core.section.Jurisdiction;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The bank holidays of one UK jurisdiction as the government publishes them (format 1.1 section 5,
 * "Working days"): the days the holiday library (Jollyday) observes, substitute days included,
 * changed by the dated corrections of {@value #RESOURCE}, which also lists the years checked
 * against the published lists.
 *
 * <p>Nothing here is loaded until a {@code WORKING_DAYS} objective is measured: the library is
 * reached through {@link Library}, a class of its own that the JVM initialises on first use, so a
 * validation or an elapsed-time measurement loads none of it. Instances are cached per
 * jurisdiction and each year's holidays per instance; both caches are safe for concurrent
 * measurements.
 */
final class BankHolidays {

  /** The resource, beside this class, with the checked years and the corrections. */
  static final String RESOURCE = "bank-holidays.json";

  /** One change to the library's holidays, with the published list that asks for it. */
  record Correction(Jurisdiction jurisdiction, LocalDate date, boolean add, String name,
      String source, LocalDate checkedOn) {}

  /** The checked years per jurisdiction and the corrections of {@value #RESOURCE}. */
  record Data(Map<Jurisdiction, Set<Integer>> checkedYears, List<Correction> corrections) {}

  /** A year whose holidays are computed when a jurisdiction is first loaded, to test the library. */
  private static final int PROBE_YEAR = 2025;

  private static final Map<Jurisdiction, BankHolidays> CACHE = new ConcurrentHashMap<>();

  private final Jurisdiction jurisdiction;
  /** Per year: the sorted weekdays that are bank holidays. */
  private final Map<Integer, LocalDate[]> years = new ConcurrentHashMap<>();
  private final List<Correction> corrections;
  private final Set<Integer> checked;

  BankHolidays(Jurisdiction jurisdiction, Data data) {
    this.jurisdiction = jurisdiction;
    List<Correction> own = new ArrayList<>();
    for (Correction c : data.corrections()) {
      if (c.jurisdiction() == jurisdiction) {
        own.add(c);
      }
    }
    this.corrections = List.copyOf(own);
    this.checked = data.checkedYears().getOrDefault(jurisdiction, Set.of());
  }

  /**
   * The bank holidays of a jurisdiction, loading the holiday library on first use.
   *
   * @throws IllegalStateException when the library or the corrections cannot be loaded (a broken
   *     installation: the binding module missing, a damaged jar); the message says why
   */
  static BankHolidays of(Jurisdiction jurisdiction) {
    return CACHE.computeIfAbsent(jurisdiction, j -> {
      if (Packaged.DATA == null) {
        throw new IllegalStateException(Packaged.FAILURE);
      }
      BankHolidays h = new BankHolidays(j, Packaged.DATA);
      // Touch the library now, so that a broken installation is a problem of the service level
      // when it is configured rather than an exception in the middle of the measurement.
      h.inYear(PROBE_YEAR);
      return h;
    });
  }

  Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** Whether the year's holidays of this jurisdiction were checked against the published list. */
  boolean checked(int year) {
    return checked.contains(year);
  }

  /** The bank holidays of a year that fall on weekdays, sorted. */
  LocalDate[] inYear(int year) {
    return years.computeIfAbsent(year, this::load);
  }

  /** Whether a date is a bank holiday. */
  boolean isHoliday(LocalDate date) {
    return Arrays.binarySearch(inYear(date.getYear()), date) >= 0;
  }

  private LocalDate[] load(int year) {
    TreeSet<LocalDate> days = new TreeSet<>(Library.holidays(year, jurisdiction));
    for (Correction c : corrections) {
      if (c.date().getYear() == year) {
        if (c.add()) {
          days.add(c.date());
        } else {
          days.remove(c.date());
        }
      }
    }
    // A holiday on a weekend changes no count of working days; keeping weekdays only lets the
    // deadline count holidays between two dates without looking at each day.
    days.removeIf(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
        || d.getDayOfWeek() == DayOfWeek.SUNDAY);
    return days.toArray(new LocalDate[0]);
  }

  /**
   * Jollyday, initialised on first use only. Its {@code getDate()} is the day a holiday is
   * observed (Monday 1 December 2025 for St Andrew's Day on a Sunday); {@code getActualDate()}
   * would be the calendar day and miss every substitute day.
   */
  private static final class Library {
    /** The manager, or {@code null} when it could not be loaded ({@link #FAILURE} says why). */
    private static final HolidayManager UK;
    private static final String FAILURE;

    static {
      HolidayManager manager = null;
      String failure = null;
      try {
        manager = HolidayManager.getInstance(
            ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
      } catch (RuntimeException | ServiceConfigurationError e) {
        // Kept as a message, not thrown: an exception out of a static initialiser would make
        // the class unusable for the rest of the process with a less helpful error.
        failure = "the bank holiday library could not be loaded ("
            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
      }
      UK = manager;
      FAILURE = failure;
    }

    /** Jollyday's sub-regions of {@code gb}: England (Wales has the same rules), Scotland, NI. */
    private static String region(Jurisdiction j) {
      return switch (j) {
        case ENGLAND_AND_WALES -> "eng";
        case SCOTLAND -> "sct";
        case NORTHERN_IRELAND -> "nir";
      };
    }

    static List<LocalDate> holidays(int year, Jurisdiction j) {
      if (UK == null) {
        throw new IllegalStateException(FAILURE);
      }
      Set<Holiday> found;
      try {
        // The manager is not documented as thread-safe; a year is loaded once per jurisdiction.
        synchronized (Library.class) {
          found = UK.getHolidays(Year.of(year), region(j));
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException("the bank holidays of " + year + " could not be computed ("
            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
      }
      List<LocalDate> out = new ArrayList<>();
      for (Holiday h : found) {
        out.add(h.getDate());
      }
      return out;
    }
  }

  /** The packaged resource, read on first use. */
  private static final class Packaged {
    /** The data, or {@code null} when the resource is broken ({@link #FAILURE} says why). */
    static final Data DATA;
    static final String FAILURE;

    static {
      Data data = null;
      String failure = null;
      try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          failure = "the resource " + RESOURCE + " is missing";
        } else {
          data = parse(in);
        }
      } catch (IOException | IllegalStateException e) {
        // Kept as a message, as in Library: the service level is then not measurable.
        failure = e.getMessage();
      }
      DATA = data;
      FAILURE = failure;
    }
  }

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /**
   * Reads a file in the form of {@value #RESOURCE}.
   *
   * @throws IllegalStateException naming the first thing that is wrong
   */
  static Data parse(InputStream in) {
    Object root;
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
      p.nextToken();
      root = value(p);
      if (p.nextToken() != null) {
        throw new IllegalStateException("more than one JSON value");
      }
    } catch (JacksonException e) {
      throw new IllegalStateException(RESOURCE + ": " + e.getOriginalMessage(), e);
    }
    Map<String, Object> top = object(root, "", "library", "note", "checked", "corrections");
    string(top, "", "library");
    Map<String, Object> checked =
        object(top.get("checked"), "/checked", "source", "checkedOn", "years");
    string(checked, "/checked", "source");
    date(checked, "/checked", "checkedOn");
    Map<String, Object> yearLists = object(checked.get("years"), "/checked/years",
        "ENGLAND_AND_WALES", "SCOTLAND", "NORTHERN_IRELAND");
    Map<Jurisdiction, Set<Integer>> years = new EnumMap<>(Jurisdiction.class);
    for (Map.Entry<String, Object> e : yearLists.entrySet()) {
      Set<Integer> set = new TreeSet<>();
      for (Object y : list(e.getValue(), "/checked/years/" + e.getKey())) {
        if (!(y instanceof Integer year) || year < 1900 || year > 2200) {
          throw bad("/checked/years/" + e.getKey(), "a year from 1900 to 2200", y);
        }
        set.add(year);
      }
      years.put(Jurisdiction.valueOf(e.getKey()), Set.copyOf(set));
    }
    List<Correction> corrections = new ArrayList<>();
    List<Object> entries = list(top.get("corrections"), "/corrections");
    for (int i = 0; i < entries.size(); i++) {
      String at = "/corrections/" + i;
      Map<String, Object> c = object(entries.get(i), at,
          "jurisdiction", "date", "change", "name", "source", "checkedOn");
      String j = string(c, at, "jurisdiction");
      Jurisdiction jurisdiction;
      try {
        jurisdiction = Jurisdiction.valueOf(j);
      } catch (IllegalArgumentException e) {
        throw bad(at + "/jurisdiction", "a jurisdiction", j);
      }
      String change = string(c, at, "change");
      if (!change.equals("ADD") && !change.equals("REMOVE")) {
        throw bad(at + "/change", "ADD or REMOVE", change);
      }
      String source = string(c, at, "source");
      if (!source.startsWith("https://")) {
        throw bad(at + "/source", "an https address of the published list", source);
      }
      corrections.add(new Correction(jurisdiction, date(c, at, "date"), change.equals("ADD"),
          string(c, at, "name"), source, date(c, at, "checkedOn")));
    }
    return new Data(years, List.copyOf(corrections));
  }

  private static Object value(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> m = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (m.put(name, value(p)) != null) {
          throw new IllegalStateException(RESOURCE + ": duplicate key " + name);
        }
      }
      return m;
    }
    if (t == JsonToken.START_ARRAY) {
      List<Object> l = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        l.add(value(p));
      }
      return l;
    }
    if (t == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getIntValue();
    }
    throw new IllegalStateException(RESOURCE + ": unexpected " + t);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object v, String at, String... names) {
    if (!(v instanceof Map)) {
      throw bad(at, "an object", v);
    }
    Map<String, Object> m = (Map<String, Object>) v;
    List<String> allowed = List.of(names);
    for (String key : m.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalStateException(RESOURCE + ": unknown field " + at + "/" + key);
      }
    }
    for (String name : names) {
      if (!m.containsKey(name)) {
        throw new IllegalStateException(RESOURCE + ": missing field " + at + "/" + name);
      }
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object v, String at) {
    if (!(v instanceof List)) {
      throw bad(at, "an array", v);
    }
    return (List<Object>) v;
  }

  private static String string(Map<String, Object> m, String at, String name) {
    Object v = m.get(name);
    if (!(v instanceof String s) || s.isBlank()) {
      throw bad(at + "/" + name, "a non-blank string", v);
    }
    return s;
  }

  private static LocalDate date(Map<String, Object> m, String at, String name) {
    String s = string(m, at, name);
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw bad(at + "/" + name, "a date (YYYY-MM-DD)", s);
    }
  }

  private static IllegalStateException bad(String at, String expected, Object found) {
    return new IllegalStateException(RESOURCE + ": " + at + " must be " + expected + ", not "
        + (found instanceof String ? "'" + found + "'" : String.valueOf(found)));
  }
}
