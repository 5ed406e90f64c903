package io.github.slaframework.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

/**
 * Runs one fuzz input and holds it to the bounds every input must keep: at most
 * {@value #MAX_MILLIS} ms and at most {@value #BASE_BYTES} bytes plus {@value #BYTES_PER_BYTE}
 * bytes per input byte allocated by the thread. The reader's limits make a small input cheap; an
 * input that expands (a number with a huge exponent, a window per second over a century) fails
 * here before it can exhaust the machine.
 */
final class Bounded {

  static final long MAX_MILLIS = 10_000;
  static final long BASE_BYTES = 256L << 20;
  static final long BYTES_PER_BYTE = 1_000;

  private static final java.util.Set<String> WARMED =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Something a fuzz input is run through; may throw nothing at all. */
  interface Work {
    void run() throws Exception;
  }

  private Bounded() {}

  static void run(int inputLength, Work work) throws Exception {
    String target = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst())
        .map(f -> f.getClassName() + "#" + f.getMethodName()).orElse("");
    if (WARMED.add(target)) {
      // The first input of a target loads its classes, which Jazzer instruments as they load:
      // hundreds of megabytes allocated by this thread that belong to no input. Run it once
      // unmeasured (every target is deterministic), then measure it like any other.
      work.run();
    }
    long thread = Thread.currentThread().getId();
    long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    work.run();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedBefore;
    assertThat(millis).as("milliseconds for an input of %d bytes", inputLength)
        .isLessThanOrEqualTo(MAX_MILLIS);
    assertThat(allocated).as("bytes allocated for an input of %d bytes", inputLength)
        .isLessThanOrEqualTo(BASE_BYTES + BYTES_PER_BYTE * inputLength);
  }
}
