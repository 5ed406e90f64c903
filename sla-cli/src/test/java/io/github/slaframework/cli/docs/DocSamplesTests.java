package io.github.slaframework.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.testkit.GeneratedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java code block of README.md and docs/*.md is code that compiles: a block is preceded by
 * {@code <!-- sample: NAME -->} and must equal the region between {@code // sample:NAME} and
 * {@code // end-sample:NAME} in a Java source of some module (this folder's samples, a module's
 * tests or its main code), dedented. {@code -Dsla.regenerate=true} rewrites the blocks from the
 * sources.
 */
class DocSamplesTests {

  private static final Path ROOT = Path.of("..");
  private static final Pattern START = Pattern.compile("^\\s*// sample:(\\S+)(\\s.*)?$");
  private static final Pattern END = Pattern.compile("^\\s*// end-sample:(\\S+)\\s*$");
  private static final Pattern MARK = Pattern.compile("^<!-- sample: (\\S+) -->$");

  @Test
  void everyJavaBlockOfTheDocsIsACompiledSample() throws IOException {
    Map<String, String> samples = samples();
    List<String> problems = new ArrayList<>();
    TreeSet<String> used = new TreeSet<>();
    for (Path doc : docs()) {
      String text = Files.readString(doc);
      String rewritten = check(doc, text, samples, used, problems);
      if (GeneratedFiles.regenerating() && !rewritten.equals(text)) {
        GeneratedFiles.write(doc, rewritten);
      }
    }
    TreeSet<String> unused = new TreeSet<>(samples.keySet());
    unused.removeAll(used);
    assertThat(problems).as("Java blocks of the docs that are not their compiled samples; "
        + GeneratedFiles.HOW_TO_REGENERATE).isEmpty();
    assertThat(unused).as("samples that no document shows").isEmpty();
  }

  @Test
  void findsSamplesInTheMainCodeOfOtherModules() throws IOException {
    assertThat(samples()).containsKeys("json-table", "readme-build", "cli-junit");
    assertThat(samples().get("readme-junit")).startsWith("class AgreementFilesTests {");
  }

  private static String check(Path doc, String text, Map<String, String> samples,
      TreeSet<String> used, List<String> problems) {
    List<String> lines = text.lines().toList();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      out.append(line).append('\n');
      if (!line.equals("```java")) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).equals("```")) {
        end++;
      }
      String block = String.join("\n", lines.subList(i + 1, end));
      Matcher mark = i > 0 ? MARK.matcher(lines.get(i - 1)) : null;
      String where = ROOT.relativize(doc) + ":" + (i + 1);
      if (mark == null || !mark.matches()) {
        problems.add(where + ": a ```java block without <!-- sample: NAME --> before it");
      } else if (!samples.containsKey(mark.group(1))) {
        problems.add(where + ": no sample named " + mark.group(1));
      } else {
        used.add(mark.group(1));
        String sample = samples.get(mark.group(1));
        if (!sample.equals(block) && !GeneratedFiles.regenerating()) {
          problems.add(where + ": differs from sample " + mark.group(1) + ":\n" + sample);
        }
        block = sample;
      }
      out.append(block).append('\n');
      if (end < lines.size()) {
        out.append("```\n");
      }
      i = end;
    }
    return text.endsWith("\n") ? out.toString() : out.substring(0, out.length() - 1);
  }

  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(ROOT.resolve("README.md"));
    // docs/*.md, not the architecture decision records below it: their code is history.
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** Every sample region of every Java source of every module, by name. */
  static Map<String, String> samples() throws IOException {
    Map<String, String> samples = new LinkedHashMap<>();
    List<Path> sources;
    try (Stream<Path> modules = Files.list(ROOT)) {
      sources = modules.filter(m -> m.getFileName().toString().startsWith("sla-"))
          .flatMap(m -> Stream.of(m.resolve("src/main/java"), m.resolve("src/test/java")))
          .filter(Files::isDirectory)
          .flatMap(DocSamplesTests::javaFiles)
          .sorted().toList();
    }
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source);
      Map<String, List<String>> open = new LinkedHashMap<>();
      Deque<String> order = new ArrayDeque<>();
      for (String line : lines) {
        Matcher start = START.matcher(line);
        Matcher end = END.matcher(line);
        if (start.matches()) {
          open.put(start.group(1), new ArrayList<>());
          order.push(start.group(1));
        } else if (end.matches()) {
          List<String> region = open.remove(end.group(1));
          if (region == null) {
            throw new IllegalStateException(source + ": end-sample:" + end.group(1)
                + " without its start");
          }
          if (samples.put(end.group(1), dedent(region)) != null) {
            throw new IllegalStateException(source + ": sample " + end.group(1) + " twice");
          }
        } else {
          open.values().forEach(region -> region.add(line));
        }
      }
      if (!open.isEmpty()) {
        throw new IllegalStateException(source + ": samples never ended: " + open.keySet());
      }
    }
    return samples;
  }

  private static Stream<Path> javaFiles(Path folder) {
    try {
      return Files.walk(folder).filter(p -> p.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String dedent(List<String> region) {
    int indent = region.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String l : region) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    String s = sb.toString();
    while (s.startsWith("\n")) {
      s = s.substring(1);
    }
    return s.stripTrailing();
  }
}
