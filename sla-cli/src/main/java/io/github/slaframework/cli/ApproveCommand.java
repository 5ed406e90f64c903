package io.github.slaframework.cli;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.json.Approvals;
import io.github.slaframework.json.DocumentFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sla approve}: records a party's approval of an agreement with the document hash of what
 * it approved (format 1.1 section 6).
 */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrites an agreement file canonically in its own format (YAML stays YAML; a format 1.0 "
          + "file is upgraded to 1.1), computes its document hash, and records the party's "
          + "approval with that hash: added at the end, or replacing the party's earlier "
          + "approval in place. Atomic, keeping the file's permissions.",
      "An approval goes stale (APPROVAL_STALE) when what it approved changes; approvals and "
          + "status are not part of the hash."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the approval was recorded",
      "1:the file cannot be read as an agreement (left untouched)",
      "2:usage or I/O error, or no party with that id (the file is left untouched)"
    })
final class ApproveCommand implements Callable<Integer> {

  /** Approvals are dated in the United Kingdom's time, where the parties sign. */
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Spec CommandSpec spec;

  @Option(names = "--party", paramLabel = "ID", required = true,
      description = "The id of the approving party, as in parties.")
  String party;

  @Option(names = "--name", paramLabel = "NAME", required = true,
      description = "The signatory's name.")
  String name;

  @Option(names = "--position", paramLabel = "POS", required = true,
      description = "The signatory's position.")
  String position;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The date of approval, YYYY-MM-DD (default: today in Europe/London).")
  LocalDate date;

  @Parameters(paramLabel = "FILE", arity = "1", description = "The agreement file.")
  Path file;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Agreement> read = Documents.read(file, err);
    if (read.isEmpty()) {
      return ExitCode.INVALID.code();
    }
    Agreement agreement = read.get();
    int minor = FormatCommand.minorOf(agreement.formatVersion());
    if (minor > 1) {
      err.println("sla: " + Console.safe(file) + ": not approved: format version "
          + Console.safe(agreement.formatVersion()) + " is newer than "
          + Agreement.FORMAT_VERSION + ", and rewriting it would drop what "
          + Agreement.FORMAT_VERSION + " does not know");
      return ExitCode.INVALID.code();
    }
    if (agreement.party(party).isEmpty()) {
      err.println("sla: " + Console.safe(file) + ": no party with the id "
          + Console.safe(party) + "; the file is left untouched");
      return ExitCode.USAGE_OR_IO.code();
    }
    LocalDate on = date != null ? date : LocalDate.now(LONDON);
    // The hash is of the canonical rewrite, which the approval is added to: approvals and status
    // are not hashed, so the file written has the hash the approval records.
    Agreement approved = Approvals.approve(agreement, party, name, position, on);
    DocumentFormat format = DocumentFormat.forPath(file);
    Documents.writeAtomically(file, Library.writer().writeAgreement(approved, format));
    String hash = approved.approvals().stream().filter(a -> a.party().equals(party))
        .findFirst().flatMap(a -> a.documentHash()).orElseThrow();
    out.println(Console.safe(file) + ": approved by " + Console.safe(party) + " ("
        + hash + ")" + (minor < 1 ? " (upgraded from 1." + minor + ")" : ""));
    return ExitCode.OK.code();
  }
}
