package io.github.slaframework.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The benchmarks of {@link ReadPathBenchmarks} timed in CPU time and interleaved in one JVM, for a
 * machine too busy for wall-clock figures: after a warm-up, each round runs a batch of every
 * benchmark (in alternating order), timing each batch by the thread's CPU time; the result per
 * benchmark is the median of its rounds, and the ratio of two benchmarks the median of their
 * ratios within a round.
 *
 * <p>Usage: {@code java -Dsla.root=DIR -cp sla-bench/target/benchmarks.jar
 * io.github.slaframework.bench.ReadPathRounds [ROUNDS [DOCUMENT...]]} (default: 21 rounds,
 * {@code metropolitan-council}, {@code SMALL_10KB}, {@code MEDIUM_100KB}).
 *
 * @since 0.1.0
 */
public final class ReadPathRounds {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** CPU time per batch, about. */
  private static final long BATCH_NANOS = 150_000_000L;

  private ReadPathRounds() {}

  /**
   * Runs the rounds and prints a table per document.
   *
   * @param args the number of rounds, then the documents
   * @throws IOException when a document cannot be read
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    List<String> documents = args.length > 1
        ? List.of(args).subList(1, args.length)
        : List.of("metropolitan-council", "SMALL_10KB", "MEDIUM_100KB");
    for (String document : documents) {
      ReadPathBenchmarks b = new ReadPathBenchmarks();
      b.document = document;
      b.setUp();
      List<String> names = List.of("jacksonReadTree", "treePath");
      List<Supplier<Object>> runs = List.of(b::jacksonReadTree, b::treePath);
      int[] batch = new int[runs.size()];
      for (int i = 0; i < runs.size(); i++) {
        batch[i] = warmUp(runs.get(i));
      }
      double[][] perOp = new double[runs.size()][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < runs.size(); k++) {
          int i = r % 2 == 0 ? k : runs.size() - 1 - k; // alternate the order
          perOp[i][r] = time(runs.get(i), batch[i]) / 1000.0 / batch[i];
        }
      }
      System.out.printf(Locale.ROOT, "%s, %d rounds, CPU µs/op (median [min-max]):%n",
          document, rounds);
      for (int i = 0; i < runs.size(); i++) {
        System.out.printf(Locale.ROOT, "  %-16s %9.1f [%.1f-%.1f]%n", names.get(i),
            median(perOp[i]), Arrays.stream(perOp[i]).min().orElseThrow(),
            Arrays.stream(perOp[i]).max().orElseThrow());
      }
      System.out.printf(Locale.ROOT, "  treePath / readTree: %.2f%n", ratio(perOp[1], perOp[0]));
    }
  }

  /** Runs for about three seconds of CPU; answers the batch size of {@link #BATCH_NANOS}. */
  private static int warmUp(Supplier<Object> run) {
    long ops = 0;
    long start = THREADS.getCurrentThreadCpuTime();
    long spent;
    while ((spent = THREADS.getCurrentThreadCpuTime() - start) < 3_000_000_000L) {
      sink(run.get());
      ops++;
    }
    return (int) Math.max(1, ops * BATCH_NANOS / spent);
  }

  private static long time(Supplier<Object> run, int ops) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < ops; i++) {
      sink(run.get());
    }
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  private static int sunk;

  private static void sink(Object o) {
    sunk += System.identityHashCode(o) & 1;
  }

  private static double ratio(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] / b[i];
    }
    return median(r);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
