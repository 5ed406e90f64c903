package io.github.slaframework.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.testkit.SampleAgreements;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Control and bidirectional characters never reach Markdown or HTML raw; paragraphs are kept. */
class RenderEscapingTests {

  private static final List<String> RAW = List.of("\u001b", "\u0007", "\r", "\u202E", "\u0085");

  private static final Agreement HOSTILE = SampleAgreements.hostileTextOutOfOrder()
      .withTitle("Evil\u001b[2J\u202E\r title\u0007")
      .withSection(CustomSection.builder().area(AreaCode.of("x-parking"))
          .addClauses(Clause.builder().id("x-1").title("Car\u001b[31m parks\u0085")
              .text("First paragraph \u001b]0;x\u0007.\n\nSecond\u202E one,\r\nthird one.")
              .build())
          .build());

  @ParameterizedTest
  @EnumSource(RenderFormat.class)
  void noControlOrBidiCharacterReachesTheOutput(RenderFormat format) {
    String text = AgreementRenderer.standard().render(HOSTILE, format);

    for (String raw : RAW) {
      assertThat(text).as("%s carries U+%04X", format, (int) raw.charAt(0)).doesNotContain(raw);
    }
    assertThat(text).contains("\\u001b", "\\u202e", "\\u0007");
  }

  @Test
  void clauseLinesBecomeMarkdownParagraphs() {
    String md = AgreementRenderer.standard().render(HOSTILE, RenderFormat.MARKDOWN);

    assertThat(md).contains("First paragraph \\u001b\\]0;x\\u0007.\n\nSecond\\u202e one,\n\n"
        + "third one.\n\n*");
  }

  @Test
  void clauseLinesBecomeHtmlParagraphs() {
    String html = AgreementRenderer.standard().render(HOSTILE, RenderFormat.HTML);

    assertThat(html).contains("First paragraph \\u001b]0;x\\u0007.</p>\n<p>Second\\u202e one,"
        + "</p>\n<p>third one.</p>\n<p class=\"meta\">");
  }
}
