package io.github.slaframework.render.internal;

import io.github.slaframework.render.internal.Doc.Block;
import io.github.slaframework.render.internal.Doc.ClauseBlock;
import io.github.slaframework.render.internal.Doc.Heading;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints one document in two languages. The two block lists come from the same agreement, so
 * they hold the same blocks in the same order; they are cut into sections (the title block, then
 * each level-2 heading and what follows it) and printed section by section: in HTML as two
 * columns side by side, in Markdown the first language's section, then the second's.
 */
public final class Bilingual {

  private static final String CSS = """
      body { max-width: 84rem; }
      .bilingual { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2rem; }
      .bilingual > .column { min-width: 0; }
      .bilingual > .column + .column { border-left: 1px solid var(--rule); padding-left: 2rem; }
      .bilingual table { font-size: .8rem; }
      .bilingual td { overflow-wrap: anywhere; }
      @media print {
        body { font-size: 9.5pt; }
        .bilingual { break-inside: auto; }
      }
      """;

  private Bilingual() {}

  /**
   * The HTML document of two languages side by side, ending with one newline.
   *
   * @param title the document's title (both languages' titles when they differ)
   * @param first the blocks of the first (left) language
   * @param firstLabels the first language
   * @param second the blocks of the second (right) language
   * @param secondLabels the second language
   * @return the HTML document
   */
  public static String html(String title, List<Block> first, Labels firstLabels,
      List<Block> second, Labels secondLabels) {
    List<List<Block>> left = sections(first);
    List<List<Block>> right = sections(anchored(second, "-" + secondLabels.language()));
    pairs(left, right);
    StringBuilder out = new StringBuilder(16384);
    HtmlWriter.head(out, title, firstLabels.htmlLang(), CSS);
    for (int i = 0; i < left.size(); i++) {
      out.append("<div class=\"bilingual\">\n");
      column(out, left.get(i), firstLabels);
      column(out, right.get(i), secondLabels);
      out.append("</div>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void column(StringBuilder out, List<Block> blocks, Labels labels) {
    out.append("<div class=\"column\" lang=\"").append(labels.htmlLang()).append("\">\n");
    for (Block block : blocks) {
      HtmlWriter.block(out, block, labels);
    }
    out.append("</div>\n");
  }

  /**
   * The Markdown text of two languages, section by section: each section in the first language,
   * then the same section in the second. Ends with one newline.
   */
  public static String markdown(List<Block> first, Labels firstLabels, List<Block> second,
      Labels secondLabels) {
    List<List<Block>> a = sections(first);
    List<List<Block>> b = sections(second);
    pairs(a, b);
    StringBuilder out = new StringBuilder(16384);
    for (int i = 0; i < a.size(); i++) {
      for (Block block : a.get(i)) {
        MarkdownWriter.block(out, block, firstLabels);
      }
      for (Block block : b.get(i)) {
        MarkdownWriter.block(out, block, secondLabels);
      }
    }
    return out.toString();
  }

  private static void pairs(List<List<Block>> a, List<List<Block>> b) {
    if (a.size() != b.size()) {
      throw new IllegalStateException("the languages' documents have " + a.size() + " and "
          + b.size() + " sections");
    }
  }

  /** The blocks cut before each heading of level 1 or 2. */
  static List<List<Block>> sections(List<Block> blocks) {
    List<List<Block>> sections = new ArrayList<>();
    List<Block> current = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Heading h && h.level() <= 2 && !current.isEmpty()) {
        sections.add(current);
        current = new ArrayList<>();
      }
      current.add(block);
    }
    if (!current.isEmpty()) {
      sections.add(current);
    }
    return sections;
  }

  /** The blocks with their anchors suffixed, so that both columns' ids are unique. */
  private static List<Block> anchored(List<Block> blocks, String suffix) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        out.add(new Heading(h.level(), h.text(), h.anchor() + suffix));
      } else if (block instanceof ClauseBlock c) {
        out.add(new ClauseBlock(c.number(), c.title(), c.text(), c.obligation(), c.responsible(),
            c.anchor() + suffix));
      } else {
        out.add(block);
      }
    }
    return out;
  }
}
