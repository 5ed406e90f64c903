package io.github.slaframework.render.internal;

import java.util.List;
import java.util.Optional;

/**
 * A small, format-neutral document tree that the renderer builds once and the Markdown and HTML
 * writers print, so both formats always carry the same content.
 */
public final class Doc {

  private Doc() {}

  /** One block of a document. */
  public sealed interface Block
      permits Heading, Paragraph, Facts, Table, ClauseBlock, Signatures {}

  /** A heading; level 1 is the document title. */
  public record Heading(int level, String text, String anchor) implements Block {}

  /** A paragraph of plain text; {@code emphasis} prints it in italics (notes, metadata). */
  public record Paragraph(String text, boolean emphasis) implements Block {
    /** A plain paragraph. */
    public static Paragraph of(String text) {
      return new Paragraph(text, false);
    }

    /** An emphasised paragraph. */
    public static Paragraph note(String text) {
      return new Paragraph(text, true);
    }
  }

  /** A label: value list (a definition list in HTML). */
  public record Facts(List<Fact> facts) implements Block {
    /** Copies the list. */
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /** One label and value. */
  public record Fact(String label, String value) {}

  /** A table with a header row; {@code numeric} marks the right-aligned columns. */
  public record Table(List<String> headers, List<List<String>> rows, List<Boolean> numeric)
      implements Block {
    /** Copies the lists. */
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      numeric = List.copyOf(numeric);
    }
  }

  /** A numbered clause. */
  public record ClauseBlock(
      String number, Optional<String> title, String text, String obligation,
      List<String> responsible, String anchor) implements Block {
    /** Copies the list. */
    public ClauseBlock {
      responsible = List.copyOf(responsible);
    }
  }

  /** The signature block: one signatory box per party. */
  public record Signatures(List<Signatory> signatories) implements Block {
    /** Copies the list. */
    public Signatures {
      signatories = List.copyOf(signatories);
    }
  }

  /** One party's signatory; empty values are left as lines to fill in by hand. */
  public record Signatory(
      String party, Optional<String> name, Optional<String> position, Optional<String> date) {}
}
