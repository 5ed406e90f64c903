package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.core.value.JsonValue.JsonArray;
import io.github.slaframework.core.value.JsonValue.JsonNumber;
import io.github.slaframework.core.value.JsonValue.JsonObject;
import io.github.slaframework.core.value.JsonValue.JsonString;
import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The diff against a normal form written from format 1.1 §6 alone: reordering what does not
 * count is no change, and any edit is a change exactly when it changes the normal form.
 */
class AgreementDiffProperties {

  private static final List<JsonValue> EXAMPLES = examples();

  private static List<JsonValue> examples() {
    List<JsonValue> documents = new ArrayList<>();
    for (Path file : ExampleFiles.jsonFiles(ExampleFiles.EXAMPLES)) {
      try {
        documents.add(SlaReader.defaults().readAgreement(file).document().orElseThrow());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return documents;
  }

  @Provide
  Arbitrary<JsonValue> documents() {
    return Arbitraries.of(EXAMPLES);
  }

  @Property(tries = 60)
  void findsNoChangeAfterReordering(@ForAll("documents") JsonValue document, @ForAll long seed) {
    assertThat(AgreementDiff.between(document, Shuffled.of(document, seed)).changes()).isEmpty();
  }

  @Property(tries = 200)
  void findsAChangeExactlyWhenTheNormalFormsDiffer(
      @ForAll("documents") JsonValue document, @ForAll long seed) {
    Random random = new Random(seed);
    JsonValue edited = Shuffled.of(edit(document, random), random.nextLong());
    Assume.that(AgreementDiff.duplicateIds(edited).isEmpty());
    boolean same = normal(document, false, false).equals(normal(edited, false, false));
    assertThat(AgreementDiff.between(document, edited).isEmpty()).isEqualTo(same);
    Statistics.collect(same);
    // Both answers must be tried, or the property says nothing about one side of "exactly".
    Statistics.coverage(c -> {
      c.check(true).count(n -> n > 0);
      c.check(false).count(n -> n > 0);
    });
  }

  // ----- the normal form: what format 1.1 §6 says counts -----------------------------------------

  private static JsonValue normal(JsonValue value, boolean unordered, boolean extension) {
    if (value instanceof JsonObject object) {
      Map<String, JsonValue> members = new TreeMap<>();
      object.members().forEach((name, member) -> {
        boolean inExtension = extension || name.startsWith("x-");
        members.put(name, normal(member, !inExtension && Shuffled.UNORDERED.contains(name),
            inExtension));
      });
      return JsonValue.object(members);
    }
    if (value instanceof JsonArray array) {
      List<JsonValue> elements = new ArrayList<>();
      array.elements().forEach(e -> elements.add(normal(e, false, extension)));
      if (unordered && elements.stream().allMatch(e -> e instanceof JsonString)) {
        // A set of strings: order and repeats do not count.
        TreeSet<String> set = new TreeSet<>();
        elements.forEach(e -> set.add(((JsonString) e).value()));
        return JsonValue.array(set.stream().map(JsonValue::of).toList());
      }
      if (unordered) {
        elements.sort(Comparator.comparing(e -> SlaWriter.defaults().writeValue(e)));
      }
      return JsonValue.array(elements);
    }
    if (value instanceof JsonNumber number) {
      return JsonValue.of(number.value().signum() == 0 ? BigDecimal.ZERO
          : number.value().stripTrailingZeros());
    }
    return value;
  }

  // ----- edits: some change the normal form, some do not ------------------------------------------

  private static final List<JsonValue> SCALARS = List.of(JsonValue.of("POLICE"),
      JsonValue.of("changed"), JsonValue.of(1), JsonValue.of(new BigDecimal("1.0")),
      JsonValue.TRUE, JsonValue.NULL);

  /** The document with one value somewhere replaced, removed, added or repeated. */
  private static JsonValue edit(JsonValue document, Random random) {
    List<List<Object>> paths = new ArrayList<>();
    collect(document, new ArrayList<>(), paths);
    List<Object> path = paths.get(random.nextInt(paths.size()));
    return edit(document, path, 0, random);
  }

  private static void collect(JsonValue value, List<Object> at, List<List<Object>> paths) {
    paths.add(List.copyOf(at));
    if (value instanceof JsonObject object) {
      object.members().forEach((name, member) -> {
        at.add(name);
        collect(member, at, paths);
        at.remove(at.size() - 1);
      });
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.elements().size(); i++) {
        at.add(i);
        collect(array.elements().get(i), at, paths);
        at.remove(at.size() - 1);
      }
    }
  }

  private static JsonValue edit(JsonValue value, List<Object> path, int depth, Random random) {
    if (depth == path.size()) {
      return change(value, random);
    }
    Object step = path.get(depth);
    if (value instanceof JsonObject object) {
      Map<String, JsonValue> members = new LinkedHashMap<>(object.members());
      JsonValue member = members.get((String) step);
      if (depth == path.size() - 1 && random.nextInt(4) == 0) {
        members.remove((String) step);
      } else {
        members.put((String) step, edit(member, path, depth + 1, random));
      }
      return JsonValue.object(members);
    }
    JsonArray array = (JsonArray) value;
    List<JsonValue> elements = new ArrayList<>(array.elements());
    int index = (Integer) step;
    if (depth == path.size() - 1 && random.nextInt(4) == 0) {
      // Repeating an element: no change in a set of strings, a change anywhere else.
      elements.add(random.nextInt(elements.size() + 1), elements.get(index));
    } else if (depth == path.size() - 1 && random.nextInt(3) == 0) {
      elements.remove(index);
    } else {
      elements.set(index, edit(elements.get(index), path, depth + 1, random));
    }
    return JsonValue.array(elements);
  }

  private static JsonValue change(JsonValue value, Random random) {
    if (value instanceof JsonObject object) {
      Map<String, JsonValue> members = new LinkedHashMap<>(object.members());
      members.put(random.nextBoolean() ? "x-added" : "note", SCALARS.get(random.nextInt(3)));
      return JsonValue.object(members);
    }
    if (value instanceof JsonArray array) {
      List<JsonValue> elements = new ArrayList<>(array.elements());
      elements.add(SCALARS.get(random.nextInt(SCALARS.size())));
      return JsonValue.array(elements);
    }
    return SCALARS.get(random.nextInt(SCALARS.size()));
  }
}
