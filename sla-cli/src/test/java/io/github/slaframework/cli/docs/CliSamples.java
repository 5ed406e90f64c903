package io.github.slaframework.cli.docs;

import io.github.slaframework.core.Party;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.render.AgreementRenderer;
import io.github.slaframework.render.RenderFormat;
import io.github.slaframework.render.scaffold.AgreementScaffolder;
import io.github.slaframework.render.scaffold.Draft;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FrameworkRegistry;
import io.github.slaframework.validation.Strictness;
import io.github.slaframework.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The Java samples of docs/cli.md (see {@code DocSamplesTests}). */
@SuppressWarnings("unused")
final class CliSamples {

  private CliSamples() {}

  static void library(List<Party> parties) throws IOException {
    // sample:cli-library
    // Validate (sla-validation)
    ValidationResult result = AgreementValidator.standard().validate(Path.of("leeds.json"));
    boolean strictPass = result.passes(Strictness.WARNINGS);   // what `sla validate --strict` asks

    // Render (sla-render, package io.github.slaframework.render; no picocli)
    AgreementRenderer renderer = AgreementRenderer.builder()
        .frameworks(FrameworkRegistry.builtIn()::resolve)   // titles and order of chapters
        .build();
    String html = renderer.render(result.agreement().orElseThrow(), RenderFormat.HTML);

    // Scaffold (sla-render, package io.github.slaframework.render.scaffold)
    Framework framework = FrameworkRegistry.builtIn().framework("uk-cctv-partnership", "2021").orElseThrow();
    Draft draft = AgreementScaffolder.standard().scaffold(framework, framework.profile("scotland"), parties);
    SlaWriter.defaults().writeAgreement(draft.agreement(), Path.of("draft.json"));
    draft.placeholders().forEach(p -> System.out.println(p.path() + "  " + p.instruction()));
    // end-sample:cli-library
  }
}
