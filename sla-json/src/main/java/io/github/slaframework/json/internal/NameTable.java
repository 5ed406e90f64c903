package io.github.slaframework.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An exact look-up among a fixed set of names, bucketed by length: a name read from a document is
 * a fresh string whose hash is not yet computed, and the names of one set (enum constants, area
 * codes) mostly differ in length, so one comparison usually decides. Immutable.
 *
 * @param <V> the value type
 */
final class NameTable<V> {

  /** Per length, the names of that length and their values at the same indexes. */
  private final String[][] names;
  private final Object[][] values;

  private NameTable(Map<String, ? extends V> entries) {
    int longest = 0;
    for (String name : entries.keySet()) {
      longest = Math.max(longest, name.length());
    }
    List<List<String>> byLength = new ArrayList<>();
    List<List<Object>> valuesByLength = new ArrayList<>();
    for (int n = 0; n <= longest; n++) {
      byLength.add(new ArrayList<>());
      valuesByLength.add(new ArrayList<>());
    }
    entries.forEach((name, value) -> {
      byLength.get(name.length()).add(name);
      valuesByLength.get(name.length()).add(value);
    });
    this.names = new String[longest + 1][];
    this.values = new Object[longest + 1][];
    for (int n = 0; n <= longest; n++) {
      names[n] = byLength.get(n).toArray(new String[0]);
      values[n] = valuesByLength.get(n).toArray();
    }
  }

  /**
   * A table of the given entries.
   *
   * @param <V> the value type
   * @param entries the names and their values
   * @return the table
   */
  static <V> NameTable<V> of(Map<String, ? extends V> entries) {
    return new NameTable<>(entries);
  }

  /**
   * The value of a name.
   *
   * @param name the name
   * @return its value, or null when the table has no such name
   */
  @SuppressWarnings("unchecked") // values[n][i] was put as a V for names[n][i]
  V get(String name) {
    int n = name.length();
    if (n >= names.length) {
      return null;
    }
    String[] bucket = names[n];
    for (int i = 0; i < bucket.length; i++) {
      if (bucket[i].equals(name)) {
        return (V) values[n][i];
      }
    }
    return null;
  }
}
