package io.github.slaframework.cli;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.json.AgreementHash;
import io.github.slaframework.json.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla hash}: prints the document hash of format 1.1 section 6 of each file. */
@Command(
    name = "hash",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the document hash of each agreement file (JSON or YAML): SHA-256 of the RFC 8785 "
          + "canonical form of its JSON value without approvals and status, one line per file: "
          + "sha256:<hex>  FILE. The hash an approval's documentHash records.",
      "A file and its YAML twin or canonical rewrite have the same hash. Validation findings "
          + "do not stop it; a file that cannot be read as JSON or YAML, or holds a number "
          + "outside the range of a double, gets its error on stderr instead."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was hashed",
      "2:usage or I/O error, or a file could not be hashed (the others are still printed)"
    })
final class HashCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Agreement files.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int result = ExitCode.OK.code();
    for (Path file : files) {
      ReadResult<String> hash;
      try {
        hash = AgreementHash.of(file);
      } catch (IOException e) {
        err.println("sla: " + Console.oneLine(e));
        result = ExitCode.USAGE_OR_IO.code();
        continue;
      }
      if (hash.value().isPresent()) {
        out.println(hash.value().get() + "  " + Console.safe(file));
      } else {
        // Format 1.1 section 6: an error line on stderr instead of the hash line, that is the
        // finding that stopped it (the file named in it), not a second summary line.
        for (Finding f : hash.report().findings()) {
          err.println(Console.finding(file.toString(), f, false));
        }
        if (hash.report().findings().isEmpty()) {
          err.println("sla: " + Console.safe(file) + " cannot be hashed");
        }
        result = ExitCode.USAGE_OR_IO.code();
      }
    }
    return result;
  }
}
