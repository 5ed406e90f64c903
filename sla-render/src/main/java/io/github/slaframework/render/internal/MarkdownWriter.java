package io.github.slaframework.render.internal;

import io.github.slaframework.render.internal.Doc.Block;
import io.github.slaframework.render.internal.Doc.ClauseBlock;
import io.github.slaframework.render.internal.Doc.Fact;
import io.github.slaframework.render.internal.Doc.Facts;
import io.github.slaframework.render.internal.Doc.Heading;
import io.github.slaframework.render.internal.Doc.Paragraph;
import io.github.slaframework.render.internal.Doc.Signatory;
import io.github.slaframework.render.internal.Doc.Signatures;
import io.github.slaframework.render.internal.Doc.Table;
import io.github.slaframework.core.report.SafeText;
import java.util.List;

/** Prints a document tree as CommonMark with GitHub tables; every text is escaped. */
public final class MarkdownWriter {

  private static final String BLANK = "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_";

  private MarkdownWriter() {}

  /** The Markdown text of the blocks, ending with one newline. */
  public static String write(List<Block> blocks) {
    return write(blocks, Labels.ENGLISH);
  }

  /** The Markdown text of the blocks in one language, ending with one newline. */
  public static String write(List<Block> blocks, Labels labels) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      block(out, block, labels);
    }
    return out.toString();
  }

  /** One block, after a blank line unless it is the first. */
  static void block(StringBuilder out, Block block, Labels labels) {
    if (out.length() > 0) {
      out.append('\n');
    }
    if (block instanceof Heading h) {
      out.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append('\n');
    } else if (block instanceof Paragraph p) {
      String mark = p.emphasis() ? "*" : "";
      out.append(mark).append(paragraphs(p.text(), mark)).append(mark).append('\n');
    } else if (block instanceof Facts f) {
      for (Fact fact : f.facts()) {
        out.append("- **").append(escape(fact.label())).append(":** ")
            .append(escape(fact.value())).append('\n');
      }
    } else if (block instanceof Table t) {
      table(out, t);
    } else if (block instanceof ClauseBlock c) {
      out.append("**").append(c.number());
      c.title().ifPresent(title -> out.append(' ').append(escape(title)).append('.'));
      out.append("** ").append(paragraphs(c.text(), "")).append("\n\n");
      out.append('*').append(escape(c.obligation()));
      if (!c.responsible().isEmpty()) {
        out.append(" — ").append(escape(String.join(", ", c.responsible())));
      }
      out.append("*\n");
    } else if (block instanceof Signatures s) {
      signatures(out, s, labels);
    }
  }

  private static void table(StringBuilder out, Table t) {
    row(out, t.headers());
    out.append('|');
    for (int i = 0; i < t.headers().size(); i++) {
      out.append(t.numeric().get(i) ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (List<String> r : t.rows()) {
      row(out, r);
    }
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escape(cell)).append(" |");
    }
    out.append('\n');
  }

  private static void signatures(StringBuilder out, Signatures s, Labels labels) {
    boolean first = true;
    for (Signatory sig : s.signatories()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      out.append("**").append(escape(sig.party())).append("**\n\n");
      out.append(escape(labels.text("sign.signed"))).append(": ").append(BLANK).append("  \n");
      out.append(escape(labels.text("sign.name"))).append(": ")
          .append(sig.name().map(MarkdownWriter::escape).orElse(BLANK)).append("  \n");
      out.append(escape(labels.text("sign.position"))).append(": ")
          .append(sig.position().map(MarkdownWriter::escape).orElse(BLANK)).append("  \n");
      out.append(escape(labels.text("sign.date"))).append(": ")
          .append(sig.date().map(MarkdownWriter::escape).orElse(BLANK)).append('\n');
    }
  }

  /**
   * Escapes the characters that Markdown would read as markup, raw HTML and control characters,
   * so that text from a document can never change the document's structure: the one Markdown
   * rule.
   */
  static String escape(String text) {
    return SafeText.markdown(text);
  }

  /** A text's paragraphs, escaped and separated by a blank line: a line break starts one. */
  private static String paragraphs(String text, String mark) {
    return String.join(mark + "\n\n" + mark, SafeText.paragraphs(text).stream()
        .map(MarkdownWriter::escape).toList());
  }
}
