package io.github.slaframework.cli.docs;

import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.json.DocumentFormat;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.validation.spi.FrameworkProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

// The framework provider of docs/validation.md (see DocSamplesTests).
// sample:validation-framework-provider
public final class AcmeFrameworks implements FrameworkProvider {
  @Override public List<Framework> frameworks() {
    try (InputStream in = AcmeFrameworks.class.getResourceAsStream("acme-2026.json")) {
      return List.of(SlaReader.defaults().readFramework(in, DocumentFormat.JSON)
          .value().orElseThrow());                    // a framework document in your jar
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override public List<Profile> profiles() { return List.of(); }
}
// end-sample:validation-framework-provider
