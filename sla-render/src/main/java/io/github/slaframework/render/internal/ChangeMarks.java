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

  private static final String ADDED = "New since the previous version.";
  private static final String CHANGED = "Changed since the previous version.";

  private final Optional<ChangeSet> changes;

  private ChangeMarks(Optional<ChangeSet> changes) {
    this.changes = changes;
  }

  /** Marks for the changes from a previous version to the agreement being rendered. */
  public static ChangeMarks of(ChangeSet changes) {
    return new ChangeMarks(Optional.of(changes));
  }

  /** The summary: a heading and a table of every change, or a note that there is none. */
  void summary(List<Block> blocks) {
    if (changes.isEmpty()) {
      return;
    }
    blocks.add(new Heading(2, "Changes since the previous version", "changes"));
    if (changes.get().isEmpty()) {
      blocks.add(Paragraph.note("Nothing has changed since the previous version."));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Change change : changes.get().changes()) {
      rows.add(List.of(change.area().map(Words::label).orElse("—"),
          change.subject() + " " + verb(change.op()),
          change.oldValue().map(AgreementDocument::compact).orElse("—"),
          change.newValue().map(AgreementDocument::compact).orElse("—")));
    }
    blocks.add(new Table(List.of("Area", "What changed", "Before", "Now"), rows,
        List.of(false, false, false, false)));
  }

  private static String verb(Change.Op op) {
    return switch (op) {
      case ADD -> "added";
      case REMOVE -> "removed";
      case REPLACE -> "changed";
    };
  }

  /** The note after an element at {@code pointer} (a section or clause), if it changed. */
  void mark(String pointer, List<Block> blocks) {
    word(pointer).ifPresent(w -> blocks.add(Paragraph.note(w)));
  }

  /** A table cell's text with the element's mark, if it changed: "Name (new)". */
  String cell(String pointer, String text) {
    return word(pointer).map(w -> text + (w.equals(ADDED) ? " (new)" : " (changed)"))
        .orElse(text);
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
