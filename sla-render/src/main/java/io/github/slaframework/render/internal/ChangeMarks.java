package io.github.slaframework.render.internal;

import io.github.slaframework.core.diff.Change;
import io.github.slaframework.core.diff.ChangeSet;
import io.github.slaframework.core.report.JsonPointer;
import io.github.slaframework.render.internal.Doc.Block;
import io.github.slaframework.render.internal.Doc.Heading;
import io.github.slaframework.render.internal.Doc.Paragraph;
import io.github.slaframework.render.internal.Doc.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changed since a previous version, as the rendered document shows it ({@code sla render
 * --since}): a summary after the header and a mark at each section, clause, party and service
 * level that was added or changed. Elements are found by their {@link Change#anchor()} in the
 * agreement being rendered, whose lists are in the order of its file.
 */
public final class ChangeMarks {

  /** No previous version: nothing is marked and no summary is printed. */
  public static final ChangeMarks NONE = new ChangeMarks(Optional.empty());

  private static final String ADDED = "changes.note.added";
  private static final String CHANGED = "changes.note.changed";

  private final Optional<ChangeSet> changes;

  private ChangeMarks(Optional<ChangeSet> changes) {
    this.changes = changes;
  }

  /** Marks for the changes from a previous version to the agreement being rendered. */
  public static ChangeMarks of(ChangeSet changes) {
    return new ChangeMarks(Optional.of(changes));
  }

  /** The summary: a heading and a table of every change, or a note that there is none. */
  void summary(List<Block> blocks, Labels l) {
    if (changes.isEmpty()) {
      return;
    }
    blocks.add(new Heading(2, l.text("changes.heading"), "changes"));
    if (changes.get().isEmpty()) {
      blocks.add(Paragraph.note(l.text("changes.none")));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Change change : changes.get().changes()) {
      // The subject ("clause "gov-1" › text") is the diff's own wording, in English.
      rows.add(List.of(
          change.area().map(a -> l.translate("area." + a, Words.label(a))).orElse("—"),
          change.subject() + " " + l.text("changes.op." + change.op().name()),
          change.oldValue().map(AgreementDocument::compact).orElse("—"),
          change.newValue().map(AgreementDocument::compact).orElse("—")));
    }
    blocks.add(new Table(List.of(l.text("changes.column.area"), l.text("changes.column.what"),
        l.text("changes.column.before"), l.text("changes.column.now")), rows,
        List.of(false, false, false, false)));
  }

  /** The note after an element at {@code pointer} (a section or clause), if it changed. */
  void mark(String pointer, List<Block> blocks, Labels l) {
    word(pointer).ifPresent(w -> blocks.add(Paragraph.note(l.text(w))));
  }

  /** A table cell's text with the element's mark, if it changed: "Name (new)". */
  String cell(String pointer, String text, Labels l) {
    return word(pointer).map(w -> text + " " + l.text(w.equals(ADDED) ? "changes.cell.added"
        : "changes.cell.changed")).orElse(text);
  }

  private Optional<String> word(String pointer) {
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    boolean changed = false;
    for (Change change : changes.get().changes()) {
      if (change.op() == Change.Op.ADD && change.path().equals(pointer)) {
        return Optional.of(ADDED);
      }
      changed |= JsonPointer.isWithin(change.anchor(), pointer);
    }
    return changed ? Optional.of(CHANGED) : Optional.empty();
  }
}
