package io.github.slaframework.cli;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FileReport;
import io.github.slaframework.validation.FrameworkRegistry;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sla migrate}: moves agreements to another version of their framework, rewrites them in
 * canonical form and reports what the new version finds in each, as {@code validate} would.
 */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Moves JSON agreement files to another version of their framework (e.g. --to 2026), "
          + "rewrites each in canonical form (format 1.1), atomically and keeping its "
          + "permissions, then validates it under the new version and reports the findings "
          + "as validate does.",
      "A file that cannot be read, or whose framework has no such version, is left alone."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was migrated and is valid under the new version (with --strict: no warning)",
      "1:a migrated file is invalid under the new version, or a file cannot be read",
      "2:usage or I/O error, a framework without the version asked for, or a refused "
          + "--frameworks file"
    })
final class MigrateCommand implements Callable<Integer>, Sla.TerminalAware {

  @Spec CommandSpec spec;

  @Mixin FrameworkOptions frameworkOptions;

  @Option(names = "--to", paramLabel = "VERSION", required = true,
      description = "The framework version to move to, e.g. 2026.")
  String to;

  @Mixin ReportOptions report;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON agreement files.")
  List<Path> files;

  private boolean terminal;

  @Override
  public void terminal(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // The lines that say what was migrated go where they cannot spoil a JSON or SARIF report.
    PrintWriter notes = report.format == ReportOptions.Format.text ? out : err;
    Optional<FrameworkRegistry> registry = frameworkOptions.registry(err);
    if (registry.isEmpty()) {
      return ExitCode.USAGE_OR_IO.code();
    }
    LocalDate date = report.date();
    AgreementValidator validator = report.validator(registry.get());
    int result = ExitCode.OK.code();
    List<FileReport> reports = new ArrayList<>();
    for (Path file : files) {
      if (!Files.exists(file)) {
        err.println("sla: no such file: " + file);
        result = ExitCode.USAGE_OR_IO.code();
        continue;
      }
      if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        err.println("sla: migrate rewrites JSON files only: " + file);
        result = ExitCode.USAGE_OR_IO.code();
        continue;
      }
      Optional<Agreement> read = Documents.read(file, err);
      if (read.isEmpty()) {
        result = Math.max(result, ExitCode.INVALID.code());
        continue;
      }
      Agreement agreement = read.get();
      FrameworkRef from = agreement.framework();
      if (registry.get().framework(from.id(), to).isEmpty()) {
        err.println("sla: " + file + ": framework " + shown(from.id())
            + " has no version " + shown(to) + "; file left alone");
        result = ExitCode.USAGE_OR_IO.code();
        continue;
      }
      Agreement migrated = Agreement.copyOf(agreement)
          .withFramework(FrameworkRef.copyOf(from).withVersion(to));
      Library.writer().writeAgreement(migrated, file);
      notes.println(from.version().equals(to)
          ? file + ": already at version " + to + "; rewritten in canonical form"
          : file + ": migrated from " + shown(from.version()) + " to " + to);
      reports.add(validator.validate(file, date).toFileReport(file.toString(), report.strictness()));
    }
    if (!reports.isEmpty() || report.format != ReportOptions.Format.text) {
      ValidateCommand.print(out, report.format, reports, terminal, report.strict);
    }
    if (result == ExitCode.USAGE_OR_IO.code()) {
      return result;
    }
    boolean valid = reports.stream().allMatch(FileReport::valid);
    return valid ? result : ExitCode.INVALID.code();
  }

  /** A value from a file, quoted, with control characters escaped so it cannot move the cursor. */
  private static String shown(String value) {
    StringBuilder b = new StringBuilder("\"");
    value.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '"' || c == '\\') {
        b.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.append('"').toString();
  }

}
