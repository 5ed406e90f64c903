package io.github.slaframework.cli;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Reading an agreement for a command that needs one, and writing output files. */
final class Documents {

  private Documents() {}

  /**
   * Reads an agreement; when it cannot be read without an error, prints the findings to
   * {@code err} and returns empty.
   */
  static Optional<Agreement> read(Path file, PrintWriter err) throws IOException {
    ReadResult<Agreement> result = Library.reader().readAgreement(file);
    boolean errors = result.report().findings().stream()
        .anyMatch(f -> f.severity() == Severity.ERROR);
    if (result.value().isEmpty() || errors) {
      return refuse(file, result, err);
    }
    return result.value();
  }

  private static Optional<Agreement> refuse(Path file, ReadResult<Agreement> result,
      PrintWriter err) {
    for (Finding f : result.report().findings()) {
      err.println(Console.finding(file.toString(), f, false));
    }
    err.println("sla: " + Console.safe(file)
        + " cannot be read as an agreement; fix the errors above");
    return Optional.empty();
  }

  /**
   * Reads an agreement to measure it: format 1.1 section 5 measures an agreement with errors (a
   * service level it cannot measure is reported as not measurable), so only a file that gives no
   * agreement at all is refused. The errors are printed to {@code err}, each as
   * {@code sla validate} prints it, before the measurement.
   */
  static Optional<Agreement> readToMeasure(Path file, PrintWriter err) throws IOException {
    ReadResult<Agreement> result = Library.reader().readAgreement(file);
    if (result.value().isEmpty()) {
      return refuse(file, result, err);
    }
    for (Finding f : result.report().findings()) {
      if (f.severity() == Severity.ERROR) {
        err.println(Console.finding(file.toString(), f, false));
      }
    }
    return result.value();
  }

  /**
   * Writes text to a file atomically, keeping the file's links, mode, owner and group (see
   * {@link AtomicFiles}).
   */
  static void writeAtomically(Path target, String text) throws IOException {
    AtomicFiles.writeString(target, text);
  }

  /** Prints text to {@code out}, or writes it to {@code output} atomically when given. */
  static void print(String text, Path output, PrintWriter out) throws IOException {
    if (output == null) {
      out.print(text);
      out.flush();
    } else {
      writeAtomically(output, text);
    }
  }
}
