package io.github.slaframework.validation;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reports as machine-readable text: the JSON of agreement format 1.0 §5 and SARIF 2.1.0, for
 * command lines, CI systems and code-scanning tools.
 *
 * <p>JSON: {@code { "files": [ { "file", "valid", "findings": [ { "severity", "code", "path",
 * "line"?, "column"?, "message", "waived"? } ] } ] }}; {@code waived} is written only when true.
 * The members are fixed by format 1.0 §5, which outside suites check, so a finding's {@link
 * Finding#area() area} is not among them (SARIF carries it).
 *
 * <p>SARIF: one run of the tool {@code sla}; a rule per finding code (rule id = code); a result
 * per finding with level {@code error}, {@code warning} or {@code note}, the file as artifact
 * location with line and column when known, the JSON Pointer as logical location, and the area
 * (when the finding has one) as the result property {@code area}. A waived
 * finding is a {@code note} with an {@code inSource} suppression (waivers live in the document).
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class ReportFormats {

  /** The SARIF schema the SARIF output declares. */
  public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private ReportFormats() {}

  /**
   * The reports as the JSON of format §5.
   *
   * @param files the file reports in order, never null
   * @return the JSON text
   */
  public static String json(List<FileReport> files) {
    return SlaWriter.defaults().writeValue(jsonValue(files));
  }

  /**
   * The reports as the JSON value of format §5.
   *
   * @param files the file reports in order, never null
   * @return the JSON value
   */
  public static JsonValue.JsonObject jsonValue(List<FileReport> files) {
    List<JsonValue> out = new ArrayList<>();
    for (FileReport file : files) {
      List<JsonValue> findings = new ArrayList<>();
      for (Finding f : file.report().findings()) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("severity", JsonValue.of(f.severity().name()));
        m.put("code", JsonValue.of(f.code()));
        m.put("path", JsonValue.of(f.path()));
        f.location()
            .ifPresent(
                l -> {
                  m.put("line", JsonValue.of(l.line()));
                  m.put("column", JsonValue.of(l.column()));
                });
        m.put("message", JsonValue.of(f.message()));
        if (f.waived()) {
          m.put("waived", JsonValue.TRUE);
        }
        findings.add(JsonValue.object(m));
      }
      Map<String, JsonValue> entry = new LinkedHashMap<>();
      entry.put("file", JsonValue.of(file.file()));
      entry.put("valid", JsonValue.of(file.valid()));
      entry.put("findings", JsonValue.array(findings));
      out.add(JsonValue.object(entry));
    }
    return JsonValue.object(Map.of("files", JsonValue.array(out)));
  }

  /**
   * The reports as SARIF 2.1.0.
   *
   * @param files the file reports in order, never null
   * @param toolVersion the version of the tool that validated, such as {@code 0.1.0}
   * @return the SARIF text
   */
  public static String sarif(List<FileReport> files, String toolVersion) {
    return SlaWriter.defaults().writeValue(sarifValue(files, toolVersion));
  }

  /**
   * The reports as a SARIF 2.1.0 value.
   *
   * @param files the file reports in order, never null
   * @param toolVersion the version of the tool, never null
   * @return the SARIF log
   */
  public static JsonValue.JsonObject sarifValue(List<FileReport> files, String toolVersion) {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Set<String> codes = new LinkedHashSet<>();
    files.forEach(f -> f.report().findings().forEach(x -> codes.add(x.code())));
    List<String> ruleIds = List.copyOf(codes);
    List<JsonValue> rules = new ArrayList<>();
    for (String code : ruleIds) {
      rules.add(object("id", JsonValue.of(code)));
    }
    List<JsonValue> results = new ArrayList<>();
    for (FileReport file : files) {
      for (Finding f : file.report().findings()) {
        results.add(result(file.file(), f, ruleIds.indexOf(f.code())));
      }
    }
    Map<String, JsonValue> driver = new LinkedHashMap<>();
    driver.put("name", JsonValue.of("sla"));
    driver.put("version", JsonValue.of(toolVersion));
    driver.put("informationUri", JsonValue.of("https://github.com/slaframework/sla-framework"));
    driver.put("rules", JsonValue.array(rules));
    Map<String, JsonValue> run = new LinkedHashMap<>();
    run.put("tool", object("driver", JsonValue.object(driver)));
    run.put("results", JsonValue.array(results));
    Map<String, JsonValue> log = new LinkedHashMap<>();
    log.put("$schema", JsonValue.of(SARIF_SCHEMA));
    log.put("version", JsonValue.of("2.1.0"));
    log.put("runs", JsonValue.array(List.of(JsonValue.object(run))));
    return JsonValue.object(log);
  }

  private static JsonValue result(String file, Finding f, int ruleIndex) {
    Map<String, JsonValue> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", object("uri", JsonValue.of(uri(file))));
    f.location()
        .ifPresent(
            l -> {
              Map<String, JsonValue> region = new LinkedHashMap<>();
              region.put("startLine", JsonValue.of(l.line()));
              region.put("startColumn", JsonValue.of(l.column()));
              physical.put("region", JsonValue.object(region));
            });
    Map<String, JsonValue> logical = new LinkedHashMap<>();
    logical.put("fullyQualifiedName", JsonValue.of(f.path()));
    logical.put("kind", JsonValue.of("element"));
    Map<String, JsonValue> location = new LinkedHashMap<>();
    location.put("physicalLocation", JsonValue.object(physical));
    location.put("logicalLocations", JsonValue.array(List.of(JsonValue.object(logical))));
    Map<String, JsonValue> result = new LinkedHashMap<>();
    result.put("ruleId", JsonValue.of(f.code()));
    result.put("ruleIndex", JsonValue.of(ruleIndex));
    result.put("level", JsonValue.of(level(f.severity())));
    result.put("message", object("text", JsonValue.of(f.message())));
    result.put("locations", JsonValue.array(List.of(JsonValue.object(location))));
    f.area().ifPresent(a -> result.put("properties", object("area", JsonValue.of(a.code()))));
    if (f.waived()) {
      result.put("suppressions", JsonValue.array(List.of(object("kind", JsonValue.of("inSource")))));
    }
    return JsonValue.object(result);
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A relative URI reference for a file name: forward slashes, unsafe characters escaped. */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    boolean drive = path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':';
    try {
      // A Windows drive letter would read as a URI scheme: write such a path as a file URI.
      return drive
          ? "file://" + new URI(null, null, "/" + path, null).getRawPath()
          : new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a file name: " + file, e);
    }
  }

  private static JsonValue object(String name, JsonValue value) {
    return JsonValue.object(Map.of(name, value));
  }
}
