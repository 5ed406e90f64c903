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
 * The framework documents shipped in this module, each read with sla-json's reader the first time
 * a validation or a caller needs it. They are data like any vendor's framework: nothing in them is
 * executed.
 *
 * <p>A registry knows a built-in framework by its {@link Entry}, the id, version and profile ids
 * of its document, without reading it: a program that validates agreements of one version reads
 * one document, not every version's (docs/PERFORMANCE.md). {@code BuiltInFrameworksTests} checks
 * every entry against its document.
 */
public final class BuiltInFrameworks {

  /** The built-in framework documents, in the order a registry lists them. */
  private static final List<Entry> ENTRIES =
      List.of(
          new Entry(
              "uk-cctv-partnership",
              "2021",
              List.of("housing-association", "scotland", "university-campus")),
          new Entry(
              "uk-cctv-partnership",
              "2026",
              List.of(
                  "housing-association",
                  "scotland",
                  "university-campus",
                  "nhs-trust",
                  "retail-bid",
                  "wales",
                  "northern-ireland")));

  private BuiltInFrameworks() {}

  /**
   * One built-in framework document: its id, version and the ids of the profiles it ships, known
   * without reading it, and the framework, read once on first use. Thread-safe.
   */
  public static final class Entry {
    private final String id;
    private final String version;
    private final List<String> profileIds;
    private final String resource;
    private volatile Framework framework;

    Entry(String id, String version, List<String> profileIds) {
      this(id, version, profileIds,
          "/io/github/slaframework/validation/frameworks/" + id + "-" + version + ".json");
    }

    Entry(String id, String version, List<String> profileIds, String resource) {
      this.id = id;
      this.version = version;
      this.profileIds = List.copyOf(profileIds);
      this.resource = resource;
    }

    /**
     * The framework's id.
     *
     * @return the id
     */
    public String id() {
      return id;
    }

    /**
     * The framework's version.
     *
     * @return the version
     */
    public String version() {
      return version;
    }

    /**
     * The ids of the profiles the framework ships, in its order.
     *
     * @return the ids
     */
    public List<String> profileIds() {
      return profileIds;
    }

    /** The resource of its document. */
    String resource() {
      return resource;
    }

    /** Whether the document has been read (for tests). */
    boolean isRead() {
      return framework != null;
    }

    /**
     * The framework, with the profiles it ships, read at the first call.
     *
     * @return the framework
     * @throws IllegalStateException when the document is missing or invalid (a bug of this
     *     library, never a user's problem)
     */
    public Framework framework() {
      Framework f = framework;
      if (f == null) {
        synchronized (this) {
          f = framework;
          if (f == null) {
            f = read(resource);
            framework = f;
          }
        }
      }
      return f;
    }

    @Override
    public String toString() {
      return id + ":" + version;
    }
  }

  /**
   * The built-in framework documents, none read yet unless a caller asked.
   *
   * @return the entries, in order
   */
  public static List<Entry> entries() {
    return ENTRIES;
  }

  /**
   * The built-in frameworks, with the profiles they ship: reads every document not read yet.
   *
   * @return the frameworks
   */
  public static List<Framework> frameworks() {
    List<Framework> frameworks = new ArrayList<>();
    for (Entry entry : ENTRIES) {
      frameworks.add(entry.framework());
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
