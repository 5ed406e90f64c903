package io.github.slaframework.validation;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.validation.internal.BeanConstraints;
import io.github.slaframework.validation.internal.Excerpt;
import io.github.slaframework.validation.internal.FrameworkChecks;
import io.github.slaframework.validation.internal.Messages;
import io.github.slaframework.validation.internal.ModelChecks;
import io.github.slaframework.validation.internal.Waivers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers "is this agreement complete and correct for its framework, and if not, exactly where and
 * why?": the model's field constraints, unique ids and party references, service levels, the
 * framework's areas and rules, and the agreement's waivers, in one {@link Report}.
 *
 * <p>Immutable and thread-safe: build one and share it. The expensive parts (the compiled model
 * constraints, started in a daemon thread by the first validator built, and the built-in
 * framework) are initialised once per JVM.
 *
 * <pre>{@code
 * AgreementValidator validator = AgreementValidator.standard();
 * ValidationResult result = validator.validate(Path.of("agreement.json"));
 * for (Finding finding : result.report().findings()) {
 *   System.out.println(finding.describe());   // 12:7: ERROR REQUIRED /parties/1/name ...
 * }
 * }</pre>
 *
 * <p>The validation date, which {@code REVIEW_OVERDUE} compares with, is today in the validator's
 * {@link Builder#clock(Clock) clock} (the system clock in UTC unless set), or the {@code asOf} date
 * given to a call.
 *
 * @since 0.1.0
 */
public final class AgreementValidator {

  private final FrameworkRegistry registry;
  private final PixelDensityEditions editions;
  private final Clock clock;
  private final Locale locale;
  private final Messages messages;
  private final SlaReader reader;
  private final SlaWriter writer;

  private AgreementValidator(Builder builder) {
    BeanConstraints.prepare(); // meanwhile the registry reads its frameworks
    this.registry = builder.registry != null ? builder.registry : FrameworkRegistry.installed();
    this.editions = builder.editions;
    this.clock = builder.clock;
    this.locale = builder.locale;
    this.messages = Messages.of(locale);
    this.reader = builder.reader;
    this.writer = SlaWriter.defaults();
  }

  /**
   * A validator with the installed frameworks ({@link FrameworkRegistry#installed()}: the built-in
   * ones and those of service providers), the built-in pixel-density editions, the system clock
   * in UTC and English messages.
   *
   * @return a new validator
   */
  public static AgreementValidator standard() {
    return builder().build();
  }

  /**
   * Starts a validator.
   *
   * @return a new builder with the defaults of {@link #standard()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads and validates an agreement file (JSON or YAML, by its extension): the one call for the
   * common case. Findings of reading and of validation come in one report, in document order,
   * with line and column. When the file cannot be read into a model (bad syntax, a missing
   * required field, ...), the report holds the reader's findings only.
   *
   * @param file the file, never null
   * @return the result, never null
   * @throws IOException when the file cannot be read
   */
  public ValidationResult validate(Path file) throws IOException {
    return validate(file, today());
  }

  /**
   * Reads and validates an agreement file as of a date.
   *
   * @param file the file, never null
   * @param asOf the validation date (for {@code REVIEW_OVERDUE}), never null
   * @return the result, never null
   * @throws IOException when the file cannot be read
   * @see #validate(Path)
   */
  public ValidationResult validate(Path file, LocalDate asOf) throws IOException {
    Objects.requireNonNull(asOf, "asOf");
    return complete(reader.readAgreement(Objects.requireNonNull(file, "file")), asOf);
  }

  /**
   * Reads and validates an agreement held as JSON text.
   *
   * @param json the document text, never null
   * @return the result, never null
   */
  public ValidationResult validate(String json) {
    return validate(json, today());
  }

  /**
   * Reads and validates an agreement held as JSON text, as of a date.
   *
   * @param json the document text, never null
   * @param asOf the validation date (for {@code REVIEW_OVERDUE}), never null
   * @return the result, never null
   */
  public ValidationResult validate(String json, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return complete(reader.readAgreement(Objects.requireNonNull(json, "json")), asOf);
  }

  private ValidationResult complete(ReadResult<Agreement> read, LocalDate asOf) {
    SourceMap sourceMap = read.sourceMap();
    if (read.value().isEmpty()) {
      return new ValidationResult(Optional.empty(), read.report(), sourceMap);
    }
    Report validation = validate(read.value().get(), sourceMap, asOf);
    return new ValidationResult(read.value(), read.report().merge(validation), sourceMap);
  }

  /**
   * Validates an agreement built in code (findings without line and column).
   *
   * @param agreement the agreement, never null
   * @return the report, never null
   */
  public Report validate(Agreement agreement) {
    return validate(agreement, SourceMap.EMPTY, today());
  }

  /**
   * Validates an agreement read from text, locating each finding through the reader's source map
   * (a missing field at its nearest ancestor that exists).
   *
   * @param agreement the agreement, never null
   * @param sourceMap where the agreement's values stood in its text, never null
   * @return the report, never null
   */
  public Report validate(Agreement agreement, SourceMap sourceMap) {
    return validate(agreement, sourceMap, today());
  }

  /**
   * Validates an agreement as of a date.
   *
   * @param agreement the agreement, never null
   * @param sourceMap where the agreement's values stood in its text, never null ({@link
   *     SourceMap#EMPTY} for a model built in code)
   * @param asOf the validation date (for {@code REVIEW_OVERDUE}), never null
   * @return the report, never null
   */
  public Report validate(Agreement agreement, SourceMap sourceMap, LocalDate asOf) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(sourceMap, "sourceMap");
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> findings = new ArrayList<>(BeanConstraints.check(agreement, messages));
    new ModelChecks(messages, findings).check(agreement);
    Map<Finding, AreaCode> areaOf = new IdentityHashMap<>();
    Optional<Framework> framework = registry.resolve(agreement.framework());
    if (framework.isPresent()) {
      new FrameworkChecks(messages, editions, asOf, findings, areaOf)
          .check(framework.get(), agreement, writer);
    } else {
      findings.add(frameworkUnknown(agreement.framework()));
    }
    List<Finding> located = new ArrayList<>(findings.size());
    for (Finding f : Waivers.apply(agreement, findings, areaOf, messages)) {
      located.add(f.locatedBy(sourceMap));
    }
    return Report.of(located);
  }

  private Finding frameworkUnknown(FrameworkRef ref) {
    String pointer;
    String message;
    if (!registry.knows(ref.id())) {
      pointer = "/framework/id";
      message = messages.get("framework.unknown", "framework", Excerpt.of(ref.id()));
    } else if (registry.framework(ref.id(), ref.version()).isEmpty()) {
      pointer = "/framework/version";
      message =
          messages.get(
              "framework.versionUnknown", "id", ref.id(), "version", Excerpt.of(ref.version()));
    } else {
      pointer = "/framework/profile";
      message =
          messages.get(
              "framework.profileUnknown",
              "framework",
              ref.id() + ":" + ref.version(),
              "profile",
              Excerpt.of(ref.profile().orElse("")));
    }
    return Finding.of(Severity.ERROR, FindingCodes.FRAMEWORK_UNKNOWN, pointer, message);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The registry frameworks are looked up in.
   *
   * @return the registry, never null
   */
  public FrameworkRegistry registry() {
    return registry;
  }

  /**
   * The pixel-density editions cameras are checked against.
   *
   * @return the editions, never null
   */
  public PixelDensityEditions editions() {
    return editions;
  }

  /**
   * The clock whose date is the default validation date.
   *
   * @return the clock, never null
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The locale of the messages.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Builds an {@link AgreementValidator}. Not thread-safe; the validator it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private FrameworkRegistry registry;
    private PixelDensityEditions editions = PixelDensityEditions.builtIn();
    private Clock clock = Clock.systemUTC();
    private Locale locale = Locale.ENGLISH;
    private SlaReader reader = SlaReader.defaults();

    private Builder() {}

    /**
     * The frameworks to validate against; {@link FrameworkRegistry#installed()} by default.
     *
     * @param registry the registry, never null
     * @return this builder
     */
    public Builder registry(FrameworkRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * The IEC 62676-4 editions cameras are checked against; {@link PixelDensityEditions#builtIn()}
     * (2014 and 2025) by default. Add an edition with {@link PixelDensityEditions#with}.
     *
     * @param editions the editions, never null
     * @return this builder
     */
    public Builder editions(PixelDensityEditions editions) {
      this.editions = Objects.requireNonNull(editions, "editions");
      return this;
    }

    /**
     * The clock whose date is the validation date; the system clock in UTC by default. Tests pass
     * {@link Clock#fixed}.
     *
     * @param clock the clock, never null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The locale of the messages; English by default. A translation is a
     * {@code io/github/slaframework/validation/ValidationMessages_<locale>.properties} file on the
     * class path of this module; keys it lacks fall back to English.
     *
     * @param locale the locale, never null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The reader of the one-call {@code validate(Path)} and {@code validate(String)};
     * {@link SlaReader#defaults()} by default.
     *
     * @param reader the reader, never null
     * @return this builder
     */
    public Builder reader(SlaReader reader) {
      this.reader = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return a new immutable validator
     */
    public AgreementValidator build() {
      return new AgreementValidator(this);
    }
  }
}
