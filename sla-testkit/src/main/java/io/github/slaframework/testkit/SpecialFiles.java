package io.github.slaframework.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/**
 * Files that are not regular files, for tests that a reader refuses them without opening them.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class SpecialFiles {

  private SpecialFiles() {}

  /**
   * Makes a FIFO (named pipe) with {@code mkfifo}. Opening one waits for a writer, so a test that
   * reads it hangs instead of failing: only refuse it.
   *
   * @param path where to make it
   * @return {@code true} when it was made; {@code false} where {@code mkfifo} is not available
   * @throws InterruptedException when interrupted while waiting for {@code mkfifo}
   */
  public static boolean fifo(Path path) throws InterruptedException {
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
      return mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0;
    } catch (IOException noMkfifo) {
      return false;
    }
  }
}
