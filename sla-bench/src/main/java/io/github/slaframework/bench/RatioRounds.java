package io.github.slaframework.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ratios of {@link AgreementBenchmarks} to the {@code readTree} floor over several rounds, for
 * a machine whose runs scatter: each round is one JMH result file (one fork per benchmark, run
 * one after the other, so the floor and the benchmarks it is compared with meet the same
 * conditions); each benchmark's time in a round is the median of its measured iterations, which
 * a disturbed iteration does not move; the verdict is the median of the rounds' ratios, with
 * their range beside it.
 *
 * <p>Usage: {@code java -cp ... io.github.slaframework.bench.RatioRounds ROUND.json...}, as run
 * by {@code bench/ratio.sh}.
 *
 * @since 0.1.0
 */
public final class RatioRounds {

  /** Per round: document -> benchmark -> median iteration (µs/op). */
  private final List<Map<String, Map<String, Double>>> rounds;

  RatioRounds(List<Map<String, Map<String, Double>>> rounds) {
    this.rounds = List.copyOf(rounds);
  }

  /**
   * Prints the table of the given round files to standard output.
   *
   * @param args the JMH JSON result files, one per round
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: RatioRounds ROUND.json...");
      return;
    }
    List<String> files = new ArrayList<>();
    for (String arg : args) {
      files.add(Files.readString(Path.of(arg), StandardCharsets.UTF_8));
    }
    parse(files).print(System.out);
  }

  /**
   * Reads JMH's JSON result format ({@code -rf json}), one file per round.
   *
   * @param files the files' text
   * @return the rounds
   */
  static RatioRounds parse(List<String> files) {
    JsonMapper mapper = JsonMapper.builder().build();
    List<Map<String, Map<String, Double>>> rounds = new ArrayList<>();
    for (String file : files) {
      Map<String, Map<String, Double>> round = new LinkedHashMap<>();
      for (JsonNode run : mapper.readTree(file)) {
        String benchmark = run.get("benchmark").asString();
        benchmark = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String document = run.path("params").path("document").asString("?");
        List<Double> iterations = new ArrayList<>();
        for (JsonNode fork : run.path("primaryMetric").path("rawData")) {
          for (JsonNode iteration : fork) {
            iterations.add(iteration.asDouble());
          }
        }
        if (!iterations.isEmpty()) {
          round.computeIfAbsent(document, d -> new LinkedHashMap<>())
              .put(benchmark, median(iterations));
        }
      }
      rounds.add(round);
    }
    return new RatioRounds(rounds);
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /**
   * The ratio of a benchmark to the floor in each round that ran both on the document.
   *
   * @param document the document
   * @param benchmark the benchmark
   * @return the ratios, in round order
   */
  List<Double> ratios(String document, String benchmark) {
    List<Double> ratios = new ArrayList<>();
    for (Map<String, Map<String, Double>> round : rounds) {
      Map<String, Double> times = round.get(document);
      if (times != null && times.containsKey(benchmark) && times.containsKey(ResultTable.FLOOR)) {
        ratios.add(times.get(benchmark) / times.get(ResultTable.FLOOR));
      }
    }
    return ratios;
  }

  void print(PrintStream out) {
    Set<String> documents = new LinkedHashSet<>();
    Set<String> benchmarks = new LinkedHashSet<>();
    for (Map<String, Map<String, Double>> round : rounds) {
      round.forEach((document, times) -> {
        documents.add(document);
        times.keySet().stream().filter(b -> !b.equals(ResultTable.FLOOR)).forEach(benchmarks::add);
      });
    }
    List<String> ordered = new ArrayList<>(ResultTable.ORDER);
    ordered.retainAll(benchmarks);
    benchmarks.stream().filter(b -> !ordered.contains(b)).forEach(ordered::add);
    for (String document : documents) {
      out.printf(Locale.ROOT, "%n### %s: × readTree, median iteration of each fork%n%n", document);
      out.println("| round | readTree µs/op | " + String.join(" | ", ordered) + " |");
      out.println("|---|---:|" + "---:|".repeat(ordered.size()));
      for (int r = 0; r < rounds.size(); r++) {
        Map<String, Double> times = rounds.get(r).getOrDefault(document, Map.of());
        Double floor = times.get(ResultTable.FLOOR);
        StringBuilder row = new StringBuilder();
        row.append("| ").append(r + 1).append(" | ")
            .append(floor == null ? "-" : String.format(Locale.ROOT, "%.2f", floor));
        for (String b : ordered) {
          Double t = times.get(b);
          row.append(" | ").append(t == null || floor == null
              ? "-" : String.format(Locale.ROOT, "%.2f", t / floor));
        }
        out.println(row.append(" |"));
      }
      StringBuilder median = new StringBuilder("| median (range) | |");
      for (String b : ordered) {
        List<Double> ratios = ratios(document, b);
        median.append(' ').append(ratios.isEmpty() ? "-" : String.format(Locale.ROOT,
            "**%.2f** (%.2f–%.2f)", median(ratios), min(ratios), max(ratios))).append(" |");
      }
      out.println(median);
    }
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }
}
