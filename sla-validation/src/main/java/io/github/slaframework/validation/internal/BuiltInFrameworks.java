package io.github.slaframework.validation.internal;

import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.json.DocumentFormat;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The framework documents shipped in this module, read once with sla-json's reader. They are data
 * like any vendor's framework: nothing in them is executed.
 */
public final class BuiltInFrameworks {

  /** The resources of the built-in framework documents. */
  static final List<String> RESOURCES =
      List.of(
          "/io/github/slaframework/validation/frameworks/uk-cctv-partnership-2021.json",
          "/io/github/slaframework/validation/frameworks/uk-cctv-partnership-2026.json");

  private BuiltInFrameworks() {}

  /** Holds the frameworks, read on first use. */
  private static final class Holder {
    static final List<Framework> FRAMEWORKS = read();
  }

  /**
   * The built-in frameworks, with the profiles they ship.
   *
   * @return the frameworks
   */
  public static List<Framework> frameworks() {
    return Holder.FRAMEWORKS;
  }

  private static List<Framework> read() {
    List<Framework> frameworks = new ArrayList<>();
    for (String resource : RESOURCES) {
      frameworks.add(read(resource));
    }
    return List.copyOf(frameworks);
  }

  static Framework read(String resource) {
    byte[] bytes;
    try (InputStream in = BuiltInFrameworks.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in framework missing: " + resource);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in framework " + resource, e);
    }
    ReadResult<Framework> result = SlaReader.defaults().readFramework(bytes, DocumentFormat.JSON);
    if (result.value().isEmpty() || result.hasErrors()) {
      // A broken built-in document is a bug of this library, never a user's problem.
      throw new IllegalStateException("built-in framework " + resource + " is invalid: " + result.report());
    }
    return result.value().get();
  }
}
