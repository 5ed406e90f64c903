package io.github.slaframework.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.diff.ChangeSet;
import io.github.slaframework.render.internal.AgreementDocument;
import io.github.slaframework.render.internal.Bilingual;
import io.github.slaframework.render.internal.ChangeMarks;
import io.github.slaframework.render.internal.Doc;
import io.github.slaframework.render.internal.HtmlWriter;
import io.github.slaframework.render.internal.Labels;
import io.github.slaframework.render.internal.MarkdownWriter;
import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Renders an agreement as the readable document both parties sign: title, parties, term, one
 * chapter per area in the framework's order with its typed facts in words and tables, numbered
 * clauses, service levels as a table and a signature block.
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * AgreementRenderer renderer = AgreementRenderer.builder()
 *     .frameworks(registry::resolve)   // area titles and order; optional
 *     .build();
 * String html = renderer.render(agreement, RenderFormat.HTML);
 * }</pre>
 *
 * <p>In Welsh, or in English and Welsh side by side, with {@link Builder#languages(List)}: the
 * headings, labels, area titles and enum labels are translated, and the parties' own texts are
 * printed as written, or as their Welsh twins (an {@code x-cy} member) where they wrote some.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class AgreementRenderer {

  private static final AgreementRenderer STANDARD = builder().build();

  private final Function<FrameworkRef, Optional<Framework>> frameworks;
  private final PixelDensityEditions editions;
  private final List<Labels> languages;

  private AgreementRenderer(Builder builder) {
    this.frameworks = builder.frameworks;
    this.editions = builder.editions;
    this.languages = builder.languages;
  }

  /**
   * A renderer that knows no framework: areas appear in the order of format 1.0 with titles
   * made from their codes.
   *
   * @return the shared standard renderer, never null
   */
  public static AgreementRenderer standard() {
    return STANDARD;
  }

  /**
   * Starts a renderer.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders an agreement.
   *
   * @param agreement the agreement; need not be valid, but must be a built model value
   * @param format the output format
   * @return the whole document, ending with a newline, never null
   */
  public String render(Agreement agreement, RenderFormat format) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(format, "format");
    return render(agreement, format, ChangeMarks.NONE);
  }

  private String render(Agreement agreement, RenderFormat format, ChangeMarks marks) {
    Optional<Framework> framework = frameworks.apply(agreement.framework());
    if (languages.size() == 2) {
      return bilingual(agreement, framework, format, marks);
    }
    Labels labels = languages.get(0);
    List<Doc.Block> blocks = AgreementDocument.build(agreement, framework, editions, labels,
        marks);
    return switch (format) {
      case MARKDOWN -> MarkdownWriter.write(blocks, labels);
      case HTML -> HtmlWriter.write(labels.twin(agreement, "title", agreement.title()), blocks,
          labels);
    };
  }

  private String bilingual(Agreement agreement, Optional<Framework> framework,
      RenderFormat format, ChangeMarks marks) {
    Labels first = languages.get(0);
    Labels second = languages.get(1);
    List<Doc.Block> a = AgreementDocument.build(agreement, framework, editions, first, marks);
    List<Doc.Block> b = AgreementDocument.build(agreement, framework, editions, second, marks);
    return switch (format) {
      case MARKDOWN -> Bilingual.markdown(a, first, b, second);
      case HTML -> {
        String titleA = first.twin(agreement, "title", agreement.title());
        String titleB = second.twin(agreement, "title", agreement.title());
        yield Bilingual.html(titleA.equals(titleB) ? titleA : titleA + " / " + titleB, a, first,
            b, second);
      }
    };
  }

  /**
   * Renders an agreement with what changed since a previous version marked, so that a board
   * signs knowing what moved: a summary of every change after the header, and a note or mark at
   * each section, clause, party and service level added or changed.
   *
   * @param agreement the agreement; need not be valid, but must be a built model value
   * @param format the output format
   * @param since the changes from the previous version to the file {@code agreement} was read
   *     from ({@code AgreementDiff.between} in sla-json), whose paths point into that file
   * @return the whole document, ending with a newline, never null
   * @since 0.2.0
   */
  public String render(Agreement agreement, RenderFormat format, ChangeSet since) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(since, "since");
    return render(agreement, format, ChangeMarks.of(since));
  }

  /**
   * Builds an {@link AgreementRenderer}.
   *
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL)
  public static final class Builder {

    private Function<FrameworkRef, Optional<Framework>> frameworks = ref -> Optional.empty();
    private PixelDensityEditions editions = PixelDensityEditions.builtIn();
    private List<Labels> languages = List.of(Labels.ENGLISH);

    private Builder() {}

    /**
     * Sets the language of the document: one language ({@code en}, the default, or {@code cy},
     * Welsh), or two, printed side by side in HTML (the first on the left) and section by section
     * in Markdown (each section in the first language, then in the second). Headings, labels,
     * area titles, enum labels, dates and periods are in each language; the parties' texts are
     * printed as written, or, in Welsh, as the twin the parties wrote in the object's {@code
     * x-cy} member (see docs/FORMAT.md).
     *
     * @param languages one or two locales whose languages are English ({@code en}) or Welsh
     *     ({@code cy}), not the same language twice
     * @return this builder
     * @throws IllegalArgumentException for no language, more than two, another language, or
     *     the same language twice
     * @since 0.2.0
     */
    @API(status = EXPERIMENTAL)
    public Builder languages(List<Locale> languages) {
      Objects.requireNonNull(languages, "languages");
      if (languages.isEmpty() || languages.size() > 2) {
        throw new IllegalArgumentException("one or two languages, not " + languages.size());
      }
      List<Labels> labels = languages.stream().map(Labels::of).toList();
      if (labels.size() == 2 && labels.get(0) == labels.get(1)) {
        throw new IllegalArgumentException("the same language twice: " + languages);
      }
      this.languages = labels;
      return this;
    }

    /**
     * Sets how the renderer finds the framework an agreement names (already tailored by its
     * profile): the framework gives area titles and the order of chapters.
     *
     * @param frameworks returns the framework, or empty when it is unknown
     * @return this builder
     */
    public Builder frameworks(Function<FrameworkRef, Optional<Framework>> frameworks) {
      this.frameworks = Objects.requireNonNull(frameworks, "frameworks");
      return this;
    }

    /**
     * Uses one framework for every agreement.
     *
     * @param framework the framework
     * @return this builder
     */
    public Builder framework(Framework framework) {
      Objects.requireNonNull(framework, "framework");
      return frameworks(ref -> Optional.of(framework));
    }

    /**
     * Sets the pixel-density editions used to work out the level each camera reaches.
     *
     * @param editions the editions; {@link PixelDensityEditions#builtIn()} by default
     * @return this builder
     */
    public Builder editions(PixelDensityEditions editions) {
      this.editions = Objects.requireNonNull(editions, "editions");
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return a new immutable renderer
     */
    public AgreementRenderer build() {
      return new AgreementRenderer(this);
    }
  }
}
