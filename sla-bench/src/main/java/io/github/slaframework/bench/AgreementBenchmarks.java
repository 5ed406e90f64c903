package io.github.slaframework.bench;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.json.DocumentFormat;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaSchemas;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FrameworkRegistry;
import io.github.slaframework.validation.internal.BeanConstraints;
import io.github.slaframework.validation.internal.Checks;
import io.github.slaframework.validation.internal.FrameworkChecks;
import io.github.slaframework.validation.internal.Messages;
import io.github.slaframework.validation.internal.ModelChecks;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading, validating and writing one agreement document, against what a user would do instead,
 * on the same bytes in the same run:
 *
 * <ol>
 *   <li>{@link #jacksonReadTree}: plain Jackson {@code readTree}, the floor (no typing, no checks);
 *   <li>{@link #typedRead}: our read into the typed model, with the location map;
 *   <li>{@link #fullValidation}: read + Bean Validation + model and framework checks, one report;
 *   <li>{@link #beanValidationOnly} and {@link #frameworkRulesOnly}: the two halves of validation
 *       on a model read once in set-up;
 *   <li>{@link #canonicalWrite}: our canonical JSON writer;
 *   <li>{@link #networkntSchemaValidation}: networknt json-schema-validator against our exported
 *       agreement schema, parse included (the schema is compiled once in set-up).
 * </ol>
 *
 * <p>{@code document} is a {@link DocumentSize} name (a generated reference agreement) or the name
 * of a bundled example, {@code examples/NAME.json} under the directory in the system property
 * {@code sla.root} (default: the working directory). Set-up checks that every document is valid
 * for both our validator and networknt, so no benchmark measures an error path.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 1)
public class AgreementBenchmarks {

  /** The built-in named checks, as a validator without service providers runs them. */
  private static final Checks CHECKS = Checks.of(false, List.of());

  /** The validation date: fixed, so that no run depends on the clock. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  /** The document benchmarked: a reference size or a bundled example's name. */
  @Param({"SMALL_10KB", "MEDIUM_100KB", "LARGE_1MB", "metropolitan-council"})
  public String document;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private byte[] bytes;
  private SlaReader reader;
  private SlaWriter writer;
  private AgreementValidator validator;
  private FrameworkRegistry registry;
  private Messages messages;
  private Agreement agreement;
  private SourceMap sourceMap;
  private Framework framework;
  private Schema schema;

  /**
   * Loads the document, builds every reader, validator and schema once, and checks that the
   * document is valid for all of them.
   *
   * @throws IOException when an example cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    bytes = Documents.bytes(document);
    reader = SlaReader.defaults();
    writer = SlaWriter.defaults();
    validator = AgreementValidator.standard();
    registry = validator.registry();
    messages = Messages.of(Locale.ENGLISH);
    ReadResult<Agreement> read = reader.readAgreement(bytes, DocumentFormat.JSON);
    agreement = read.value().orElseThrow(() -> new IllegalStateException(
        document + " cannot be read: " + read.report()));
    sourceMap = read.sourceMap();
    framework = registry.resolve(agreement.framework()).orElseThrow();
    Report report = fullValidation();
    if (!report.isValid()) {
      throw new IllegalStateException(document + " is not valid: " + report);
    }
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SlaSchemas.agreementSchema());
    List<Error> errors = networkntSchemaValidation();
    if (!errors.isEmpty()) {
      throw new IllegalStateException(document + " breaks the agreement schema: " + errors);
    }
  }

  /**
   * (1) The floor: plain Jackson parses the bytes into a tree.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonReadTree() {
    return MAPPER.readTree(bytes);
  }

  /**
   * (2) Our typed read, with findings and the source map.
   *
   * @return the read result
   */
  @Benchmark
  public ReadResult<Agreement> typedRead() {
    return reader.readAgreement(bytes, DocumentFormat.JSON);
  }

  /**
   * (3) Full validation: read, then Bean Validation, model checks and framework rules, located
   * through the source map, as one report (what {@code AgreementValidator.validate(Path)} does).
   *
   * @return the report
   */
  @Benchmark
  public Report fullValidation() {
    ReadResult<Agreement> read = reader.readAgreement(bytes, DocumentFormat.JSON);
    Agreement model = read.value().orElseThrow();
    return read.report()
        .merge(Report.of(validator.validate(model, read.sourceMap(), AS_OF).findings()));
  }

  /**
   * (4a) Bean Validation alone on a model read in set-up.
   *
   * @return the findings
   */
  @Benchmark
  public List<Finding> beanValidationOnly() {
    return BeanConstraints.check(agreement, messages);
  }

  /**
   * (4b) Model checks and framework rules alone on a model read in set-up (ids, references,
   * areas, declarative rules, pixel density), as the validator runs them.
   *
   * @return the findings
   */
  @Benchmark
  public List<Finding> frameworkRulesOnly() {
    List<Finding> findings = new ArrayList<>();
    new ModelChecks(messages, findings).check(agreement);
    new FrameworkChecks(
            messages, PixelDensityEditions.builtIn(), AS_OF, Locale.ENGLISH, CHECKS, findings)
        .check(framework, agreement, writer);
    return findings;
  }

  /**
   * (5) Our canonical write of a model read in set-up.
   *
   * @return the JSON text
   */
  @Benchmark
  public String canonicalWrite() {
    return writer.writeAgreement(agreement);
  }

  /**
   * (6) The alternative: Jackson parses the bytes and networknt validates the tree against our
   * exported agreement schema (draft 2020-12), compiled once in set-up.
   *
   * @return the schema errors
   */
  @Benchmark
  public List<Error> networkntSchemaValidation() {
    return schema.validate(MAPPER.readTree(bytes));
  }

  /** Where the benchmarks' documents come from. */
  static final class Documents {
    private Documents() {}

    static byte[] bytes(String document) throws IOException {
      for (DocumentSize size : DocumentSize.values()) {
        if (size.name().equals(document)) {
          return ReferenceAgreements.json(size);
        }
      }
      java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("sla.root", "."));
      return java.nio.file.Files.readAllBytes(root.resolve("examples").resolve(document + ".json"));
    }
  }
}
