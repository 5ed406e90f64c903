package io.github.slaframework.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.diff.ChangeSet;
import io.github.slaframework.render.internal.AgreementDocument;
import io.github.slaframework.render.internal.ChangeMarks;
import io.github.slaframework.render.internal.Doc;
import io.github.slaframework.render.internal.HtmlWriter;
import io.github.slaframework.render.internal.MarkdownWriter;
import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import java.util.List;
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
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class AgreementRenderer {

  private static final AgreementRenderer STANDARD = builder().build();

  private final Function<FrameworkRef, Optional<Framework>> frameworks;
  private final PixelDensityEditions editions;

  private AgreementRenderer(Builder builder) {
    this.frameworks = builder.frameworks;
    this.editions = builder.editions;
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
    Optional<Framework> framework = frameworks.apply(agreement.framework());
    List<Doc.Block> blocks = AgreementDocument.build(agreement, framework, editions);
    return switch (format) {
      case MARKDOWN -> MarkdownWriter.write(blocks);
      case HTML -> HtmlWriter.write(agreement.title(), blocks);
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
    return write(agreement, format, AgreementDocument.build(agreement,
        frameworks.apply(agreement.framework()), editions, ChangeMarks.of(since)));
  }

  private static String write(Agreement agreement, RenderFormat format, List<Doc.Block> blocks) {
    return switch (format) {
      case MARKDOWN -> MarkdownWriter.write(blocks);
      case HTML -> HtmlWriter.write(agreement.title(), blocks);
    };
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

    private Builder() {}

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
