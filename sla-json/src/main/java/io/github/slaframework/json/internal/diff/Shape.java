package io.github.slaframework.json.internal.diff;

import java.util.Map;
import java.util.Set;

/**
 * The kinds of object of an agreement whose lists the diff compares otherwise than by position
 * (format 1.1 §6): lists of parties, sections, clauses, service levels and cameras are matched by
 * their key; the lists of strings the format defines are compared as sets. Everything else,
 * {@code x-} members included, is compared by position. {@code DiffShapeTests} checks this table
 * against the agreement schema, so a list the format adds cannot be forgotten here.
 */
public enum Shape {
  // In this order: a constant can only name the constants before it.
  /** Any other object, and everything inside an {@code x-} member. */
  PLAIN(Map.of(), Set.of()),
  /** A clause. */
  CLAUSE(Map.of(), Set.of("responsibleParties")),
  /** A party. */
  PARTY(Map.of(), Set.of("roles", "lawfulBases")),
  /** A section of any area. */
  SECTION(
      Map.of(
          "clauses", new Keyed("id", "clause", CLAUSE),
          "cameras", new Keyed("id", "camera", PLAIN)),
      Set.of("purposes", "legalBases", "channels", "requirements", "types", "indicators")),
  /** The agreement itself. */
  AGREEMENT(
      Map.of(
          "parties", new Keyed("id", "party", PARTY),
          "sections", new Keyed("area", "section", SECTION),
          "serviceLevels", new Keyed("id", "service level", PLAIN)),
      Set.of("languages"));

  /**
   * A list whose elements are matched by the string member {@code key}.
   *
   * @param key the member that identifies an element: {@code id} or {@code area}
   * @param noun what an element is called, for readers
   * @param element the shape of an element
   */
  public record Keyed(String key, String noun, Shape element) {}

  private final Map<String, Keyed> keyed;
  private final Set<String> stringSets;

  Shape(Map<String, Keyed> keyed, Set<String> stringSets) {
    this.keyed = keyed;
    this.stringSets = stringSets;
  }

  /**
   * The lists of this object matched by key, by member name.
   *
   * @return the lists, never null
   */
  public Map<String, Keyed> keyed() {
    return keyed;
  }

  /**
   * The members of this object that are lists of strings compared as sets.
   *
   * @return the member names, never null
   */
  public Set<String> stringSets() {
    return stringSets;
  }
}
