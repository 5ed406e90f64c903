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
      "Writes format 1.1: a format 1.0 file is upgraded (and says so, and on stderr that its "
          + "document hash changed, so its approvals are stale); a file of a newer minor "
          + "version is left alone.",
      "With --check, only reports the files that are not canonical."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is (now) canonical",
      "1:a file has errors, or (--check) is not canonical",
      "2:usage or I/O error"
    })
final class FormatCommand implements Callable<Integer> {

  /** The minor version of format 1 that writers write: 1.1. */
  private static final int CURRENT_MINOR = 1;

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
      String declared = agreement.get().formatVersion();
      int minor = minorOf(declared);
      if (minor > CURRENT_MINOR) {
        // Read as 1.1, its unknown fields and values left out: writing it would drop them.
        out.println(file + ": not formatted: format version " + declared
            + " is newer than " + Agreement.FORMAT_VERSION
            + ", and writing it as " + Agreement.FORMAT_VERSION + " would drop what "
            + Agreement.FORMAT_VERSION + " does not know");
        result = Math.max(result, ExitCode.INVALID.code());
        continue;
      }
      String canonical = Library.writer().writeAgreement(agreement.get());
      String current = Files.readString(file, StandardCharsets.UTF_8);
      if (canonical.equals(current)) {
        continue;
      }
      // Writers write format 1.1: rewriting a 1.0 file upgrades it (format 1.1 section 1).
      String upgraded = minor < CURRENT_MINOR ? " (upgraded from 1." + minor + ")" : "";
      if (check) {
        out.println(Console.safe(file) + ": not in canonical form"
            + upgraded.replace("upgraded from", "format"));
        result = Math.max(result, ExitCode.INVALID.code());
      } else {
        Library.writer().writeAgreement(agreement.get(), file);
        out.println(Console.safe(file) + ": formatted" + upgraded);
        if (!upgraded.isEmpty()) {
          // Format 1.1 section 6: the new formatVersion and names change the document hash.
          // On stderr, so that the contract's one line per file stays the whole of stdout.
          err.println("sla: " + Console.safe(file) + ": the upgrade changed its document hash;"
              + " approvals of the 1." + minor + " text are stale (record new ones with sla"
              + " approve)");
        }
      }
    }
    return result;
  }

  /**
   * The minor version of a format 1 version as the reader took it ({@code "1"} is 1.0); a minor
   * too long for an int counts as newer than any.
   */
  static int minorOf(String version) {
    if (version.equals("1")) {
      return 0;
    }
    int end = version.indexOf('.', 2);
    try {
      return Integer.parseInt(version.substring(2, end < 0 ? version.length() : end));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
