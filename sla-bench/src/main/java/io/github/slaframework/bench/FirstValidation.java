package io.github.slaframework.bench;

import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The first validation in a fresh JVM, as a library user meets it: {@code
 * AgreementValidator.standard()} and the first {@code validate(Path)}, timed in the process. Not a
 * benchmark by itself: {@code bench/first-validation.sh} starts a JVM per sample, interleaved with
 * an empty one, and takes medians (see docs/validation.md).
 *
 * <p>Prints one line, tab-separated: microseconds of {@code standard()}, of the first {@code
 * validate(Path)}, of both, then the number of findings (a check that the work was done). No
 * formatter or string concatenation: their start-up would be counted in the process's time.
 */
public final class FirstValidation {

  private FirstValidation() {}

  /**
   * Runs the first validation.
   *
   * @param args the agreement file (default {@code examples/metropolitan-council.json})
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/metropolitan-council.json");
    long start = System.nanoTime();
    AgreementValidator validator = AgreementValidator.standard();
    long built = System.nanoTime();
    ValidationResult result = validator.validate(file);
    long end = System.nanoTime();
    StringBuilder line = new StringBuilder(64);
    line.append((built - start) / 1000).append('\t');
    line.append((end - built) / 1000).append('\t');
    line.append((end - start) / 1000).append('\t');
    line.append(result.findings().size());
    System.out.println(line);
  }
}
