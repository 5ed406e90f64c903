package io.github.slaframework.cli;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.json.DocumentFormat;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FileReport;
import io.github.slaframework.validation.FrameworkRegistry;
import io.github.slaframework.validation.ReportFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla validate}: checks agreement files against format 1.0 and their framework. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates agreement files against format 1.0 and the framework each one names.",
      "Directories are walked for *.json, *.yaml and *.yml files."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document is valid (with --strict: and has no warning)",
      "1:a document is invalid",
      "2:usage or I/O error (e.g. a missing file), or a refused --frameworks file"
    })
final class ValidateCommand implements Callable<Integer>, Sla.TerminalAware {

  /** Above this many files on a terminal, a progress line is shown on standard error. */
  static final int PROGRESS_THRESHOLD = 300;

  /** Files per core at the least: below twice this many, files are checked in one thread. */
  static final int FILES_PER_THREAD = 32;

  @Spec CommandSpec spec;

  @Mixin FrameworkOptions frameworkOptions;

  @Mixin ReportOptions report;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Agreement files or directories.")
  List<Path> paths;

  private boolean terminal;

  @Override
  public void terminal(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean ioError = false;
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("sla: no such file or directory: " + Console.safe(path));
        ioError = true;
      } else if (Files.isDirectory(path)) {
        // A directory named through a symbolic link is walked too (links inside are not
        // followed); the files keep the name given on the command line.
        try {
          List<Path> found = DocumentFormat.findDocuments(path);
          if (found.isEmpty()) {
            // A pipeline pointed at the wrong folder must not pass by checking nothing.
            err.println("sla: no *.json, *.yaml or *.yml file under " + Console.safe(path));
            ioError = true;
          }
          files.addAll(found);
        } catch (IOException | RuntimeException e) {
          err.println("sla: cannot read directory " + Console.safe(path) + ": "
              + Console.oneLine(e));
          ioError = true;
        }
      } else {
        files.add(path);
      }
    }

    if (ioError && files.isEmpty()) {
      return ExitCode.USAGE_OR_IO.code();
    }
    Optional<FrameworkRegistry> registry = frameworkOptions.registry(err, report.locale());
    if (registry.isEmpty()) {
      return ExitCode.USAGE_OR_IO.code();
    }
    LocalDate date = report.date();
    AgreementValidator validator = report.validator(registry.get());
    boolean progress = terminal && files.size() > PROGRESS_THRESHOLD;
    Outcome[] outcomes = checkAll(validator, files, date, progress ? err : null);
    if (progress) {
      err.print("\r\u001b[K");
      err.flush();
    }
    List<FileReport> reports = new ArrayList<>(files.size());
    for (Outcome outcome : outcomes) {
      if (outcome.report() != null) {
        reports.add(outcome.report());
      } else {
        err.println(outcome.error());
        ioError = true;
      }
    }

    print(out, report.format, reports, terminal, report.strict);
    if (ioError) {
      return ExitCode.USAGE_OR_IO.code();
    }
    return reports.stream().allMatch(FileReport::valid) ? ExitCode.OK.code() : ExitCode.INVALID.code();
  }

  /** One file's report, or the line that says why it has none. */
  private record Outcome(FileReport report, String error) {}

  /**
   * Checks the files, on every core when there are many: the JVM's start is paid once, and the
   * files share the cores (a validator is thread-safe). The outcomes come in the files' order;
   * an {@link Error} in any thread ends the command as it would in this one.
   *
   * @param progress where to show progress, or null
   */
  private Outcome[] checkAll(AgreementValidator validator, List<Path> files, LocalDate date,
      PrintWriter progress) {
    IntStream indexes = IntStream.range(0, files.size());
    if (files.size() >= 2 * FILES_PER_THREAD) {
      indexes = indexes.parallel();
    }
    return indexes
        .mapToObj(i -> {
          if (progress != null && i % 50 == 0) {
            progress.print("\rvalidating " + i + "/" + files.size() + " files");
            progress.flush();
          }
          return check(validator, files.get(i), date);
        })
        .toArray(Outcome[]::new);
  }

  private Outcome check(AgreementValidator validator, Path file, LocalDate date) {
    try {
      return new Outcome(validator.validate(file, date).toFileReport(file.toString(), report.strictness()),
          null);
    } catch (IOException e) {
      return new Outcome(null, "sla: cannot read " + Console.safe(file) + ": "
          + Console.oneLine(e));
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      // A bad document is findings, never an exception: this is a bug or a heap too small for
      // the file, said in one line that names the file. The work on this file is dropped, so
      // the memory it held is free again for the other files.
      return new Outcome(null, "sla: " + Failures.message(e, Console.safe(file)));
    }
  }

  /**
   * Prints reports as {@code validate} does; {@code migrate} prints what it finds the same way.
   */
  static void print(PrintWriter out, ReportOptions.Format format, List<FileReport> reports, boolean terminal,
      boolean strict) {
    switch (format) {
      case json -> out.println(ReportFormats.json(reports));
      case sarif -> out.println(ReportFormats.sarif(reports, Console.version()));
      case text -> {
        // One write for all the lines (the command line's writer flushes at every line).
        PrintWriter lines = new PrintWriter(out, false);
        text(lines, reports, terminal, strict);
        lines.flush();
      }
    }
    out.flush();
  }

  private static void text(PrintWriter out, List<FileReport> reports, boolean terminal,
      boolean strict) {
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    long invalid = 0;
    for (FileReport r : reports) {
      for (Finding f : r.report().findings()) {
        out.println(Console.finding(r.file(), f, terminal));
        switch (f.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          case INFO -> infos++;
        }
      }
      if (!r.valid()) {
        invalid++;
      }
    }
    if (!reports.isEmpty() && reports.stream().anyMatch(r -> !r.report().findings().isEmpty())) {
      out.println();
    }
    StringBuilder summary = new StringBuilder();
    summary.append("Checked ").append(Console.count(reports.size(), "file")).append(": ")
        .append(reports.size() - invalid).append(" valid, ").append(invalid).append(" invalid (")
        .append(Console.count(errors, "error")).append(", ")
        .append(Console.count(warnings, "warning"));
    if (infos > 0) {
      summary.append(", ").append(Console.count(infos, "info"));
    }
    summary.append(")");
    if (strict) {
      summary.append("; warnings fail (--strict)");
    }
    out.println(summary.append('.'));
  }
}
