package io.github.slaframework.cli;

import io.github.slaframework.core.diff.Change;
import io.github.slaframework.core.diff.ChangeSet;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.SafeText;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.AgreementDiff;
import io.github.slaframework.json.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla diff}: what changed between two versions of an agreement (format 1.1 §6). */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what changed between two versions of an agreement: parties, clauses, service "
          + "levels and cameras matched by id, sections by area, lists of codes as sets.",
      "The files are compared as they are written (JSON or YAML, format 1.0 or 1.1): paths "
          + "point into them."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the versions are the same", "1:the versions differ",
        "2:usage or I/O error, a file that cannot be read, or duplicate ids"})
final class DiffCommand implements Callable<Integer> {

  enum Format { text, json, markdown }

  /** Findings that leave no single document to compare: the text is not one JSON value. */
  private static final Set<String> UNREADABLE =
      Set.of(FindingCodes.SYNTAX, FindingCodes.LIMIT, FindingCodes.DUPLICATE_KEY);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The previous version.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version.")
  Path newFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    Optional<ChangeSet> compared = changes(oldFile, newFile, spec.commandLine().getErr());
    if (compared.isEmpty()) {
      return ExitCode.USAGE_OR_IO.code();
    }
    ChangeSet changes = compared.get();
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case json -> Library.writer().writeValue(changes.toJsonValue());
      case text -> text(changes);
      case markdown -> markdown(changes);
    });
    out.flush();
    return changes.isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID.code();
  }

  /**
   * The changes from one file to another, or empty when either cannot be compared (the reasons
   * printed to {@code err}, as {@code sla diff} prints them).
   */
  static Optional<ChangeSet> changes(Path oldFile, Path newFile, PrintWriter err)
      throws IOException {
    Optional<JsonValue> before = document(oldFile, err);
    Optional<JsonValue> after = document(newFile, err);
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(AgreementDiff.between(before.get(), after.get()));
  }

  /**
   * The file as written, or empty when it cannot be compared: not one JSON or YAML value, or
   * with duplicate ids; the findings that say why go to {@code err}.
   */
  private static Optional<JsonValue> document(Path file, PrintWriter err) throws IOException {
    ReadResult<?> read = Library.reader().readAgreement(file);
    List<Finding> unreadable = read.report().findings().stream()
        .filter(f -> UNREADABLE.contains(f.code())).toList();
    Optional<JsonValue> document = read.document();
    if (document.isEmpty() || !unreadable.isEmpty()) {
      (unreadable.isEmpty() ? read.report().findings() : unreadable)
          .forEach(f -> err.println(Console.finding(file.toString(), f, false)));
      err.println("sla: " + Console.safe(file) + " cannot be read as a JSON or YAML document");
      return Optional.empty();
    }
    List<Finding> duplicates = AgreementDiff.duplicateIds(document.get());
    if (!duplicates.isEmpty()) {
      duplicates.forEach(f -> err.println(
          Console.finding(file.toString(), f.locatedBy(read.sourceMap()), false)));
      err.println("sla: " + Console.safe(file)
          + " has duplicate ids, so its parts cannot be matched; fix the errors above");
      return Optional.empty();
    }
    return document;
  }

  private String text(ChangeSet changes) {
    StringBuilder sb = new StringBuilder();
    sb.append(changes.isEmpty() ? "No changes" : Console.count(changes.changes().size(), "change"))
        .append(" from ").append(Console.safe(oldFile)).append(" to ")
        .append(Console.safe(newFile)).append('\n');
    for (Change change : changes.changes()) {
      sb.append(String.format("%-8s", change.op().jsonName())).append(Console.safe(change.path()));
      change.area().ifPresent(a -> sb.append("  [").append(Console.safe(a)).append(']'));
      sb.append("  ").append(Console.safe(change.subject())).append('\n');
      change.oldValue().ifPresent(v -> sb.append("    old: ").append(Console.safe(oneLine(v)))
          .append('\n'));
      change.newValue().ifPresent(v -> sb.append("    new: ").append(Console.safe(oneLine(v)))
          .append('\n'));
    }
    return sb.toString();
  }

  private String markdown(ChangeSet changes) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Changes from ").append(SafeText.markdown(oldFile.toString())).append(" to ")
        .append(SafeText.markdown(newFile.toString())).append("\n\n");
    if (changes.isEmpty()) {
      return sb.append("No changes.\n").toString();
    }
    sb.append("| Area | What changed | Old | New |\n| --- | --- | --- | --- |\n");
    for (Change change : changes.changes()) {
      sb.append("| ").append(cell(change.area().orElse(""))).append(" | ")
          .append(cell(change.subject() + " " + verb(change.op()))).append(" | ")
          .append(cell(change.oldValue().map(DiffCommand::readable).orElse(""))).append(" | ")
          .append(cell(change.newValue().map(DiffCommand::readable).orElse(""))).append(" |\n");
    }
    return sb.toString();
  }

  private static String verb(Change.Op op) {
    return switch (op) {
      case ADD -> "added";
      case REMOVE -> "removed";
      case REPLACE -> "changed";
    };
  }

  /** A table cell: escaped, never empty (an empty cell reads as a mistake on paper). */
  private static String cell(String text) {
    return text.isEmpty() ? "—" : SafeText.markdown(text);
  }

  /** A value for people: a string as its text, anything else as one line of JSON. */
  static String readable(JsonValue value) {
    return value instanceof JsonValue.JsonString s ? s.value() : oneLine(value);
  }

  /** A value as one line of JSON: the canonical text, whose strings hold no raw line break. */
  static String oneLine(JsonValue value) {
    return Library.writer().writeValue(value).strip().replaceAll("\n\\s*", " ");
  }
}
