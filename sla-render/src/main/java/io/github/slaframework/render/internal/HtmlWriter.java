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

/**
 * Prints a document tree as one self-contained HTML5 file: inline CSS, no script, nothing
 * fetched, laid out for A4 print. Every text and attribute is escaped.
 */
public final class HtmlWriter {

  private static final String CSS = """
      :root { --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; --band: #f3f4f6; }
      * { box-sizing: border-box; }
      body { font-family: Georgia, "Times New Roman", serif; color: var(--ink); line-height: 1.5;
        max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; }
      h1 { font-size: 1.7rem; line-height: 1.25; border-bottom: 2px solid var(--ink);
        padding-bottom: .4rem; }
      h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--rule); }
      h3 { font-size: 1.05rem; margin-top: 1.2rem; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
      dl.facts dt { font-weight: bold; }
      dl.facts dd { margin: 0; }
      table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .9rem; }
      th, td { border: 1px solid var(--rule); padding: .3rem .5rem; text-align: left;
        vertical-align: top; }
      th { background: var(--band); }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      .clause { margin: .9rem 0; }
      .clause .number { font-weight: bold; margin-right: .4rem; }
      .clause .title { font-weight: bold; }
      .clause .meta { color: var(--muted); font-style: italic; font-size: .9rem; margin: .2rem 0 0; }
      .clause p { margin: .2rem 0; }
      p.note { font-style: italic; color: var(--muted); }
      .signatures { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: 1.5rem; margin-top: 1rem; }
      .signatory { border: 1px solid var(--rule); padding: .8rem 1rem; }
      .signatory h3 { margin-top: 0; }
      .signatory .line { border-bottom: 1px solid var(--ink); min-height: 1.6rem; margin: .4rem 0; }
      .signatory .label { color: var(--muted); font-size: .85rem; }
      @media print {
        @page { size: A4; margin: 18mm 16mm; }
        body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
        h2 { break-after: avoid; page-break-after: avoid; }
        h1 + dl, h2 + dl { break-inside: avoid; }
        table, .clause, .signatory { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        h2#signatures { break-before: page; page-break-before: always; }
        a { color: inherit; text-decoration: none; }
      }
      """;

  private HtmlWriter() {}

  /** The HTML document of the blocks, titled {@code title}, ending with one newline. */
  public static String write(String title, List<Block> blocks) {
    return write(title, blocks, Labels.ENGLISH);
  }

  /**
   * The HTML document of the blocks in one language, titled {@code title}, ending with one
   * newline: the language gives {@code <html lang>} and the signature block's labels.
   */
  public static String write(String title, List<Block> blocks, Labels labels) {
    StringBuilder out = new StringBuilder(8192);
    head(out, title, labels.htmlLang(), "");
    for (Block block : blocks) {
      block(out, block, labels);
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** The document up to and including {@code <body>}, with more CSS after the standard rules. */
  static void head(StringBuilder out, String title, String lang, String moreCss) {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang)
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append(moreCss).append("</style>\n</head>\n<body>\n");
  }

  /** One block, in the words of a language. */
  static void block(StringBuilder out, Block block, Labels labels) {
    if (block instanceof Heading h) {
      out.append("<h").append(h.level()).append(" id=\"").append(escape(h.anchor()))
          .append("\">").append(escape(h.text())).append("</h").append(h.level()).append(">\n");
    } else if (block instanceof Paragraph p) {
      String open = p.emphasis() ? "<p class=\"note\">" : "<p>";
      out.append(open).append(paragraphs(p.text(), open)).append("</p>\n");
    } else if (block instanceof Facts f) {
      out.append("<dl class=\"facts\">\n");
      for (Fact fact : f.facts()) {
        out.append("<dt>").append(escape(fact.label())).append("</dt><dd>")
            .append(escape(fact.value())).append("</dd>\n");
      }
      out.append("</dl>\n");
    } else if (block instanceof Table t) {
      table(out, t);
    } else if (block instanceof ClauseBlock c) {
      clause(out, c);
    } else if (block instanceof Signatures s) {
      signatures(out, s, labels);
    }
  }

  private static void table(StringBuilder out, Table t) {
    out.append("<table>\n<thead><tr>");
    for (String h : t.headers()) {
      out.append("<th scope=\"col\">").append(escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.append(t.numeric().get(i) ? "<td class=\"num\">" : "<td>").append(escape(row.get(i)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void clause(StringBuilder out, ClauseBlock c) {
    out.append("<div class=\"clause\" id=\"").append(escape(c.anchor())).append("\">\n<p>")
        .append("<span class=\"number\">").append(escape(c.number())).append("</span>");
    c.title().ifPresent(t -> out.append("<span class=\"title\">").append(escape(t))
        .append("</span> "));
    out.append(paragraphs(c.text(), "<p>")).append("</p>\n<p class=\"meta\">")
        .append(escape(c.obligation()));
    if (!c.responsible().isEmpty()) {
      out.append(" — ").append(escape(String.join(", ", c.responsible())));
    }
    out.append("</p>\n</div>\n");
  }

  private static void signatures(StringBuilder out, Signatures s, Labels labels) {
    out.append("<div class=\"signatures\">\n");
    for (Signatory sig : s.signatories()) {
      out.append("<div class=\"signatory\">\n<h3>").append(escape(sig.party())).append("</h3>\n");
      out.append("<div class=\"label\">").append(escape(labels.text("sign.signed")))
          .append("</div><div class=\"line\"></div>\n");
      field(out, labels.text("sign.name"), sig.name().orElse(""));
      field(out, labels.text("sign.position"), sig.position().orElse(""));
      field(out, labels.text("sign.date"), sig.date().orElse(""));
      out.append("</div>\n");
    }
    out.append("</div>\n");
  }

  private static void field(StringBuilder out, String label, String value) {
    out.append("<div class=\"label\">").append(escape(label)).append("</div><div class=\"line\">")
        .append(escape(value)).append("</div>\n");
  }

  /**
   * Escapes text for HTML element content and quoted attribute values: the one HTML rule, which
   * also makes control and bidirectional characters visible.
   */
  static String escape(String text) {
    return SafeText.html(text);
  }

  /** A text's paragraphs, escaped and separated for HTML: a line break starts a new paragraph. */
  private static String paragraphs(String text, String open) {
    return String.join("</p>\n" + open, SafeText.paragraphs(text).stream()
        .map(HtmlWriter::escape).toList());
  }
}
