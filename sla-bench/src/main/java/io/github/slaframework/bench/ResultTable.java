package io.github.slaframework.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file of {@link AgreementBenchmarks} into Markdown tables: per document,
 * each benchmark's time, its ratio to the {@code readTree} floor and its cost per KB; then how
 * cost grows from the 10 KB to the 1 MB document; then the targets of issue 14 (docs/PERFORMANCE.md), each met or missed.
 *
 * <p>Usage: {@code java -cp ... io.github.slaframework.bench.ResultTable jmh-result.json}.
 *
 * @since 0.1.0
 */
public final class ResultTable {

  static final String FLOOR = "jacksonReadTree";

  /** Benchmark names in the order of the list. */
  static final List<String> ORDER =
      List.of(
          "jacksonReadTree",
          "typedRead",
          "fullValidation",
          "beanValidationOnly",
          "frameworkRulesOnly",
          "canonicalWrite",
          "networkntSchemaValidation");

  private static final Map<String, String> LABELS =
      Map.of(
          "jacksonReadTree", "(1) Jackson readTree (floor)",
          "typedRead", "(2) typed read + locations",
          "fullValidation", "(3) full validation",
          "beanValidationOnly", "(4a) Bean Validation only",
          "frameworkRulesOnly", "(4b) model + framework rules only",
          "canonicalWrite", "(5) canonical write",
          "networkntSchemaValidation", "(6) networknt schema (+parse)");

  private final Map<String, Map<String, double[]>> scores; // document -> benchmark -> score, error
  private final Map<String, Integer> lengths;

  ResultTable(Map<String, Map<String, double[]>> scores, Map<String, Integer> lengths) {
    this.scores = scores;
    this.lengths = lengths;
  }

  /**
   * Prints the tables of a JMH JSON result file to standard output.
   *
   * @param args the result file
   * @throws IOException when the file or an example cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ResultTable JMH_RESULT.json");
      return;
    }
    ResultTable table = parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    table.print(System.out);
  }

  /**
   * Reads JMH's JSON result format ({@code -rf json}).
   *
   * @param json the file's text
   * @return the table
   * @throws IOException when an example document cannot be read for its length
   */
  static ResultTable parse(String json) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(json);
    Map<String, Map<String, double[]>> scores = new LinkedHashMap<>();
    Map<String, Integer> lengths = new LinkedHashMap<>();
    for (JsonNode run : root) {
      String benchmark = run.get("benchmark").asString();
      benchmark = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String document = run.path("params").path("document").asString("?");
      JsonNode metric = run.get("primaryMetric");
      double error = metric.path("scoreError").asDouble(Double.NaN);
      scores
          .computeIfAbsent(document, d -> new LinkedHashMap<>())
          .put(benchmark, new double[] {metric.get("score").asDouble(), error});
      if (!lengths.containsKey(document)) {
        lengths.put(document, length(document));
      }
    }
    return new ResultTable(scores, lengths);
  }

  private static int length(String document) throws IOException {
    try {
      return AgreementBenchmarks.Documents.bytes(document).length;
    } catch (IOException e) {
      return -1;
    }
  }

  void print(PrintStream out) {
    for (Map.Entry<String, Map<String, double[]>> doc : scores.entrySet()) {
      int length = lengths.get(doc.getKey());
      out.printf(Locale.ROOT, "%n### %s (%s)%n%n", doc.getKey(), kb(length));
      out.println("| benchmark | µs/op | ± | × readTree | µs/KB |");
      out.println("|---|---:|---:|---:|---:|");
      double[] floor = doc.getValue().get(FLOOR);
      for (String name : names(doc.getValue())) {
        double[] s = doc.getValue().get(name);
        out.printf(
            Locale.ROOT,
            "| %s | %s | %s | %s | %s |%n",
            LABELS.getOrDefault(name, name),
            num(s[0]),
            num(s[1]),
            floor == null ? "-" : String.format(Locale.ROOT, "%.2f", s[0] / floor[0]),
            length <= 0 ? "-" : num(s[0] / (length / 1000.0)));
      }
    }
    growth(out);
    targets(out);
  }

  private void growth(PrintStream out) {
    String small = DocumentSize.SMALL_10KB.name();
    String medium = DocumentSize.MEDIUM_100KB.name();
    String large = DocumentSize.LARGE_1MB.name();
    if (!scores.containsKey(small) || !scores.containsKey(large)) {
      return;
    }
    out.printf(Locale.ROOT, "%n### Cost per KB by size (linear growth: 1 MB ÷ 10 KB per op ≤ ~110)%n%n");
    out.printf(
        Locale.ROOT,
        "| benchmark | µs/KB 10 KB | µs/KB 100 KB | µs/KB 1 MB | 1 MB ÷ 10 KB per op (size ×%.0f) |%n",
        (double) lengths.get(large) / lengths.get(small));
    out.println("|---|---:|---:|---:|---:|");
    for (String name : names(scores.get(small))) {
      double s = score(small, name);
      double m = score(medium, name);
      double l = score(large, name);
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %.1f |%n",
          LABELS.getOrDefault(name, name),
          num(s / (lengths.get(small) / 1000.0)),
          Double.isNaN(m) ? "-" : num(m / (lengths.get(medium) / 1000.0)),
          num(l / (lengths.get(large) / 1000.0)),
          l / s);
    }
  }

  private void targets(PrintStream out) {
    out.printf(Locale.ROOT, "%n### Targets%n%n");
    String medium = DocumentSize.MEDIUM_100KB.name();
    check(out, "full validation ≤ 3× readTree on 100 KB",
        score(medium, "fullValidation") / score(medium, FLOOR), 3.0);
    for (String doc : scores.keySet()) {
      check(out, "full validation faster than networknt on " + doc,
          score(doc, "fullValidation") / score(doc, "networkntSchemaValidation"), 1.0);
    }
    for (String doc : scores.keySet()) {
      check(out, "typed read ≤ 2× readTree on " + doc,
          score(doc, "typedRead") / score(doc, FLOOR), 2.0);
    }
    String small = DocumentSize.SMALL_10KB.name();
    String large = DocumentSize.LARGE_1MB.name();
    for (String name : ORDER) {
      check(out, name + ": 1 MB ≤ 110× the 10 KB per op",
          score(large, name) / score(small, name), 110.0);
    }
  }

  private static void check(PrintStream out, String target, double ratio, double limit) {
    if (Double.isNaN(ratio)) {
      return;
    }
    out.printf(Locale.ROOT, "- %s %s: %.2f (limit %.1f)%n",
        ratio <= limit ? "MET   " : "MISSED", target, ratio, limit);
  }

  private double score(String document, String benchmark) {
    Map<String, double[]> doc = scores.get(document);
    if (doc == null || !doc.containsKey(benchmark)) {
      return Double.NaN;
    }
    return doc.get(benchmark)[0];
  }

  private static List<String> names(Map<String, double[]> benchmarks) {
    List<String> names = new ArrayList<>();
    for (String name : ORDER) {
      if (benchmarks.containsKey(name)) {
        names.add(name);
      }
    }
    for (String name : benchmarks.keySet()) {
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static String kb(int length) {
    return length <= 0 ? "length unknown" : String.format(Locale.ROOT, "%,d bytes", length);
  }

  private static String num(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
