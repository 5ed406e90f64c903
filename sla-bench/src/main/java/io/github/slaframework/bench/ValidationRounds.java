package io.github.slaframework.bench;

import io.github.slaframework.json.SlaReader;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FrameworkRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The steady state of a batch as {@code sla validate DIR} runs it: the same file read, then
 * validated, a number of times per round in one JVM, each timed by the thread's CPU time, so
 * that a change to the per-document work shows without the start-up and warm-up of a process
 * (which {@code bench/startup.sh} measures). Run it with the launcher's flags to see what a batch
 * gets (C1 only):
 *
 * <pre>{@code
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -Xms32m \
 *   -Djava.lang.invoke.MethodHandle.CUSTOMIZE_THRESHOLD=-1 \
 *   -cp sla-bench/target/benchmarks.jar io.github.slaframework.bench.ValidationRounds \
 *   [ROUNDS [FILE [COPIES]]]
 * }</pre>
 *
 * <p>Defaults: 20 rounds of 300 validations of {@code examples/metropolitan-council.json}. C1
 * code keeps improving over the first few thousand documents, so the medians are over the second
 * half of the rounds; the first round is what the first 300 documents of a batch cost.
 *
 * @since 0.2.0
 */
public final class ValidationRounds {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ValidationRounds() {}

  /**
   * Runs the rounds and prints the CPU time of each, and the medians per document.
   *
   * @param args the number of rounds, the file and the validations per round
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path file = Path.of(args.length > 1 ? args[1] : "examples/metropolitan-council.json");
    int copies = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    SlaReader reader = SlaReader.defaults();
    AgreementValidator validator =
        AgreementValidator.builder().registry(FrameworkRegistry.builtIn()).build();
    LocalDate asOf = LocalDate.of(2026, 12, 5);
    double[] read = new double[rounds];
    double[] validate = new double[rounds];
    long findings = 0;
    for (int r = 0; r < rounds; r++) {
      long start = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < copies; i++) {
        findings += reader.readAgreement(file).report().findings().size();
      }
      long middle = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < copies; i++) {
        findings += validator.validate(file, asOf).findings().size();
      }
      long end = THREADS.getCurrentThreadCpuTime();
      read[r] = (middle - start) / 1e6;
      validate[r] = (end - middle) / 1e6;
      System.out.printf(Locale.ROOT, "round %d: read %.1f ms, validate %.1f ms (%d files each)%n",
          r, read[r], validate[r], copies);
    }
    if (rounds > 1) {
      double[] readSteady = Arrays.copyOfRange(read, rounds / 2, rounds);
      double[] validateSteady = Arrays.copyOfRange(validate, rounds / 2, rounds);
      System.out.printf(Locale.ROOT,
          "median of the last %d rounds, CPU per document: read %.1f µs, validate %.1f µs"
              + " (%d findings in all)%n", rounds - rounds / 2,
          ReadPathRounds.median(readSteady) * 1000 / copies,
          ReadPathRounds.median(validateSteady) * 1000 / copies, findings);
    }
  }
}
