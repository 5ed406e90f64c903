package io.github.slaframework.cli.docs;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.diff.Change;
import io.github.slaframework.core.diff.ChangeSet;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.AgreementDiff;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
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

  static void diff() throws IOException {
    // sample:cli-diff
    SlaReader reader = SlaReader.defaults();
    ReadResult<Agreement> before = reader.readAgreement(Path.of("leeds-round-1.json"));
    ReadResult<Agreement> after = reader.readAgreement(Path.of("leeds-round-2.yaml"));
    // The documents as the files hold them; empty when a file is not one JSON or YAML value.
    JsonValue oldDocument = before.document().orElseThrow();
    JsonValue newDocument = after.document().orElseThrow();
    // Duplicate ids leave nothing to match by: check first (between refuses them).
    if (AgreementDiff.duplicateIds(oldDocument).isEmpty()
        && AgreementDiff.duplicateIds(newDocument).isEmpty()) {
      ChangeSet changes = AgreementDiff.between(oldDocument, newDocument);
      for (Change change : changes.changes()) {
        System.out.println(change.op().jsonName() + " " + change.path() + " " + change.subject());
      }
      String json = SlaWriter.defaults().writeValue(changes.toJsonValue()); // sla diff --format json
      String marked = AgreementRenderer.standard()                           // sla render --since
          .render(after.value().orElseThrow(), RenderFormat.HTML, changes);
    }
    // end-sample:cli-diff
  }
}
