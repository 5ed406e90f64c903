package io.github.slaframework.cli;

import io.github.slaframework.core.Agreement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla format}: rewrites agreement files in canonical form. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrites JSON agreement files in canonical form (field order, 2-space indent, one final "
          + "newline), atomically. A file with an error is left alone and its findings shown.",
      "With --check, only reports the files that are not canonical."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is (now) canonical",
      "1:a file has errors, or (--check) is not canonical",
      "2:usage or I/O error"
    })
final class FormatCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--check", description = "Do not rewrite; exit 1 if a file is not canonical.")
  boolean check;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON agreement files.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int result = ExitCode.OK.code();
    for (Path file : files) {
      if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        err.println("sla: format rewrites JSON files only: " + Console.safe(file));
        return ExitCode.USAGE_OR_IO.code();
      }
      Optional<Agreement> agreement = Documents.read(file, err);
      if (agreement.isEmpty()) {
        result = Math.max(result, ExitCode.INVALID.code());
        continue;
      }
      String canonical = Library.writer().writeAgreement(agreement.get());
      String current = Files.readString(file, StandardCharsets.UTF_8);
      if (canonical.equals(current)) {
        continue;
      }
      if (check) {
        out.println(Console.safe(file) + ": not in canonical form");
        result = Math.max(result, ExitCode.INVALID.code());
      } else {
        Library.writer().writeAgreement(agreement.get(), file);
        out.println(Console.safe(file) + ": formatted");
      }
    }
    return result;
  }
}
