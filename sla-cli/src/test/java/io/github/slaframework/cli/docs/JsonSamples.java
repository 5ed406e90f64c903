package io.github.slaframework.cli.docs;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.DocumentFormat;
import io.github.slaframework.json.ReadLimits;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaSchemas;
import io.github.slaframework.json.SlaWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** The Java samples of docs/json.md (see {@code DocSamplesTests}). */
@SuppressWarnings("unused")
final class JsonSamples {

  private JsonSamples() {}

  static void readAndWrite() throws IOException {
    // sample:json-intro
    SlaReader reader = SlaReader.defaults();           // or SlaReader.builder()...build()
    SlaWriter writer = SlaWriter.defaults();

    ReadResult<Agreement> read = reader.readAgreement(Path.of("leeds-wyp-2026.yaml"));
    for (Finding f : read.report().findings()) {         // every problem, in document order
      System.err.println(f.describe());                 // "7:60: ERROR TYPE_MISMATCH /parties/1/type ..."
    }
    if (read.value().isPresent()) {
      Agreement agreement = read.value().get();
      writer.writeAgreement(agreement, Path.of("leeds-wyp-2026.json"));   // canonical, atomic
    }
    // end-sample:json-intro
  }

  static void forms(SlaReader reader, Path path, String jsonString, byte[] bytes,
      InputStream inputStream) throws IOException {
    // sample:json-forms
    reader.readAgreement(path);                              // *.json, *.yaml, *.yml by name
    reader.readAgreement(jsonString);
    reader.readAgreement(bytes, DocumentFormat.YAML);
    reader.readAgreement(inputStream, DocumentFormat.JSON);  // read to the end, not closed
    reader.readFramework(path);  reader.readProfile(path);   // same five forms each

    SlaReader strict = SlaReader.builder()
        .limits(ReadLimits.builder().maxDocumentLength(1 << 20).maxNestingDepth(32).build())
        .maxFindings(100)
        .build();
    // end-sample:json-forms
  }

  static Finding locate(Finding finding, ReadResult<Agreement> read) {
    // sample:json-locate
    Finding located = finding.locatedBy(read.sourceMap());   // adds line:column when known
    // end-sample:json-locate
    return located;
  }

  static void write(SlaWriter writer, Agreement agreement, Framework framework)
      throws IOException {
    // sample:json-write
    String json = writer.writeAgreement(agreement);          // canonical JSON text
    JsonValue.JsonObject tree = writer.toJsonValue(agreement); // the same, as a JSON tree
    String text = writer.writeValue(tree);                   // canonical text of any JsonValue
    writer.writeFramework(framework, Path.of("framework.json"));
    // end-sample:json-write
  }

  static void schemas() {
    // sample:json-schemas
    String schema = SlaSchemas.agreementSchema();   // JSON Schema draft 2020-12
    SlaSchemas.frameworkSchema();  SlaSchemas.profileSchema();
    // end-sample:json-schemas
  }
}
