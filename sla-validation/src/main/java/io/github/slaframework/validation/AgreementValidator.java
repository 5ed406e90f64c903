package io.github.slaframework.validation;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.json.AgreementHash;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.validation.spi.CheckProvider;
import io.github.slaframework.validation.internal.ApprovalChecks;
import io.github.slaframework.validation.internal.BeanConstraints;
import io.github.slaframework.validation.internal.Excerpt;
import io.github.slaframework.validation.internal.Checks;
import io.github.slaframework.validation.internal.FindingAreas;
import io.github.slaframework.validation.internal.FrameworkChecks;
import io.github.slaframework.validation.internal.Messages;
import io.github.slaframework.validation.internal.ModelChecks;
import io.github.slaframework.validation.internal.ReadingMessages;
import io.github.slaframework.validation.internal.Waivers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Answers "is this agreement complete and correct for its framework, and if not, exactly where and
 * why?": the model's field constraints, unique ids and party references, service levels, the
 * framework's areas and rules, and the agreement's waivers, in one {@link ValidationResult}.
 *
 * <p>Immutable and thread-safe: build one and share it. The expensive parts (the compiled model
 * constraints, started in a daemon thread by the first validator built, and the built-in
 * framework) are initialised once per JVM.
 *
 * <pre>{@code
 * AgreementValidator validator = AgreementValidator.standard();
 * ValidationResult result = validator.validate(Path.of("agreement.json"));
 * for (Finding finding : result.findings()) {
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
@API(status = STABLE)
public final class AgreementValidator {

  private final FrameworkRegistry registry;
  private final PixelDensityEditions editions;
  private final Clock clock;
  private final Locale locale;
  private final Messages messages;
  private final SlaReader reader;
  private final SlaWriter writer;
  private final Checks checks;

  private AgreementValidator(Builder builder) {
    BeanConstraints.prepare(); // meanwhile the first document and its framework are read
    this.registry = builder.registry != null ? builder.registry : FrameworkRegistry.installed();
    this.editions = builder.editions;
    this.clock = builder.clock;
    this.locale = builder.locale;
    this.messages = Messages.of(locale);
    this.reader = builder.reader;
    this.writer = SlaWriter.defaults();
    this.checks = Checks.of(builder.serviceCheckProviders, builder.checkProviders);
    // A framework that calls a check no provider implements would otherwise be found out only on
    // the agreements it applies to; it is refused here, located in its own file.
    List<FileReport> bad = registry.unknownChecks(checks, messages);
    if (!bad.isEmpty()) {
      throw new FrameworkException(bad);
    }
  }

  /**
   * A validator with the installed frameworks ({@link FrameworkRegistry#installed()}: the built-in
   * ones and those of service providers), the built-in checks and those of every {@link
   * CheckProvider} service provider, the built-in pixel-density editions, the system clock in UTC
   * and English messages.
   *
   * @return a new validator
   * @throws FrameworkException when an installed framework is refused (see {@link
   *     Builder#build()})
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
   * common case. Findings of reading and of validation come in one result, in document order,
   * with line and column. When the file cannot be read into a model (bad syntax, a missing
   * required field, ...), the result holds the reader's findings only.
   *
   * @param file the file, never null
   * @return the result, never null
   * @throws IOException when the file cannot be read
   * @throws NullPointerException naming {@code file} when it is null
   */
  public ValidationResult validate(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return validate(file, today());
  }

  /**
   * Reads and validates an agreement file as of a date.
   *
   * @param file the file, never null
   * @param asOf the validation date (for {@code REVIEW_OVERDUE} and checks that need a date),
   *     never null
   * @return the result, never null
   * @throws IOException when the file cannot be read
   * @throws NullPointerException naming the parameter that is null
   * @see #validate(Path)
   */
  public ValidationResult validate(Path file, LocalDate asOf) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(asOf, "asOf");
    return complete(reader.readAgreement(file), asOf);
  }

  /**
   * Reads and validates an agreement held as JSON text.
   *
   * @param json the document text, never null
   * @return the result, never null
   * @throws NullPointerException naming {@code json} when it is null
   * @since 0.2.0
   */
  public ValidationResult validateJson(String json) {
    Objects.requireNonNull(json, "json");
    return validateJson(json, today());
  }

  /**
   * Reads and validates an agreement held as JSON text, as of a date.
   *
   * @param json the document text, never null
   * @param asOf the validation date, never null
   * @return the result, never null
   * @throws NullPointerException naming the parameter that is null
   * @since 0.2.0
   */
  public ValidationResult validateJson(String json, LocalDate asOf) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(asOf, "asOf");
    return complete(reader.readAgreement(json), asOf);
  }

  private ValidationResult complete(ReadResult<Agreement> read, LocalDate asOf) {
    SourceMap sourceMap = read.sourceMap();
    if (read.value().isEmpty()) {
      return new ValidationResult(Optional.empty(), translated(read.report(), read.report()),
          sourceMap);
    }
    Agreement agreement = read.value().get();
    Report reading = Report.of(FindingAreas.assign(agreement, read.report().findings()));
    // Approvals are compared with the hash of the text as read (format 1.1 section 6), not of
    // the model, which may have left out what it could not bind.
    // Only an approval that records a hash needs the digest; any other document is checked for
    // what would stop one (about a fifth of a batch's CPU, and the digest's start, saved).
    ReadResult<String> hash = recordsHash(agreement) ? AgreementHash.of(read) : null;
    Report stopping = hash != null ? hash.report() : AgreementHash.check(read);
    List<Finding> unhashable = new ArrayList<>();
    for (Finding f : stopping.findings()) {
      boolean reported = false;
      for (Finding r : reading.findings()) {
        reported |= r.code().equals(f.code()) && r.path().equals(f.path());
      }
      if (!reported) {
        unhashable.add(f);
      }
    }
    reading = reading.merge(Report.of(unhashable));
    Report validation = check(agreement, sourceMap, asOf,
        hash != null ? hash.value() : Optional.empty(), read);
    return new ValidationResult(read.value(), translated(capped(reading.merge(validation)), reading),
        sourceMap);
  }

  /**
   * The report with the reader's findings (and the cap's {@code LIMIT}) in the validator's
   * language: the reader writes English, and the cap reads its {@code LIMIT} message, so they
   * are translated last. Nothing to do in English.
   */
  private Report translated(Report report, Report reading) {
    if (messages.english()) {
      return report;
    }
    ReadingMessages translator = reading();
    java.util.Set<Finding> fromReading =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    fromReading.addAll(reading.findings());
    List<Finding> out = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      boolean cap = f.code().equals(FindingCodes.LIMIT) && LEFT_OUT.matcher(f.message()).matches();
      out.add(fromReading.contains(f) || cap ? translator.translate(f) : f);
    }
    return Report.of(out);
  }

  /** The translator of reading messages, made on first use (its templates are compiled once). */
  private volatile ReadingMessages reading;

  private ReadingMessages reading() {
    ReadingMessages made = reading;
    if (made == null) {
      made = new ReadingMessages(messages);
      reading = made; // a race makes two equal translators; either will do
    }
    return made;
  }

  private static final java.util.regex.Pattern LEFT_OUT =
      java.util.regex.Pattern.compile(
          "^more than \\d+ findings: (\\d+) more (?:was|were) left out$");

  /**
   * The findings cap of SECURITY.md for the whole result: at most the reader's {@code
   * maxFindings} (1,000 by default), in document order, then one {@code LIMIT} finding that says
   * how many were left out (counting those the reader left out already).
   */
  private Report capped(Report report) {
    int max = reader.maxFindings();
    if (report.findings().size() <= max) {
      return report;
    }
    List<Finding> kept = new ArrayList<>(max + 1);
    long leftOut = 0;
    for (Finding f : report.findings()) {
      java.util.regex.Matcher m = LEFT_OUT.matcher(f.message());
      if (f.code().equals(FindingCodes.LIMIT) && f.path().isEmpty() && m.matches()) {
        leftOut += Long.parseLong(m.group(1));
      } else if (kept.size() < max) {
        kept.add(f);
      } else {
        leftOut++;
      }
    }
    kept.add(Finding.of(Severity.ERROR, FindingCodes.LIMIT, "",
        "more than " + max + " findings: " + leftOut + " more "
            + (leftOut == 1 ? "was" : "were") + " left out"));
    return Report.of(kept);
  }

  /**
   * Validates an agreement built in code (findings without line and column), as of today in the
   * validator's clock.
   *
   * @param agreement the agreement, never null
   * @return the result, never null
   * @throws NullPointerException naming {@code agreement} when it is null
   */
  public ValidationResult validate(Agreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    return validate(agreement, today());
  }

  /**
   * Validates an agreement built in code as of a date.
   *
   * @param agreement the agreement, never null
   * @param asOf the validation date, never null
   * @return the result, never null
   * @throws NullPointerException naming the parameter that is null
   * @since 0.2.0
   */
  public ValidationResult validate(Agreement agreement, LocalDate asOf) {
    return validate(agreement, SourceMap.EMPTY, asOf);
  }

  /**
   * Validates an agreement read from text as of a date, locating each finding through the
   * reader's source map (a missing field at its nearest ancestor that exists): for a caller that
   * read the agreement itself, with {@code SlaReader}. The reader's own findings are not in the
   * result; {@link #validate(Path, LocalDate)} gives both. Approvals ({@code APPROVAL_STALE}) are
   * compared with the hash of the agreement as the format writes it ({@link
   * AgreementHash#of(Agreement)}); the calls that read the text compare with the hash of the
   * text as read.
   *
   * @param agreement the agreement, never null
   * @param sourceMap where the agreement's values stood in its text, never null ({@link
   *     SourceMap#EMPTY} for a model built in code)
   * @param asOf the validation date, never null
   * @return the result, never null
   * @throws NullPointerException naming the parameter that is null
   */
  public ValidationResult validate(Agreement agreement, SourceMap sourceMap, LocalDate asOf) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(sourceMap, "sourceMap");
    Objects.requireNonNull(asOf, "asOf");
    return new ValidationResult(Optional.of(agreement),
        capped(check(agreement, sourceMap, asOf, modelHash(agreement), null)), sourceMap);
  }

  /** Whether an approval records a document hash, the only use of the agreement's hash. */
  private static boolean recordsHash(Agreement agreement) {
    for (Approval approval : agreement.approvals()) {
      if (approval.documentHash().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The hash of an agreement built in code, as the format writes it; empty when it has none, or
   * when no approval records one to compare it with (the canonical form and its digest were
   * nearly half of a 100 KB agreement's validation).
   */
  private static Optional<String> modelHash(Agreement agreement) {
    if (!recordsHash(agreement)) {
      return Optional.empty();
    }
    try {
      return Optional.of(AgreementHash.of(agreement));
    } catch (IllegalArgumentException e) {
      // An x- value with a number no double holds: no hash, so no approval can be compared.
      return Optional.empty();
    }
  }

  /**
   * @param source what the agreement was read from, or null when it was given as a model (which
   *     may have changed since it was read)
   */
  private Report check(Agreement agreement, SourceMap sourceMap, LocalDate asOf,
      Optional<String> hash, ReadResult<?> source) {
    List<Finding> findings = new ArrayList<>(BeanConstraints.check(agreement, messages));
    new ModelChecks(messages, findings).check(agreement);
    ApprovalChecks.check(agreement, hash, messages, findings);
    Optional<Framework> framework = registry.resolve(agreement.framework());
    if (framework.isPresent()) {
      new FrameworkChecks(messages, editions, asOf, locale, checks, findings)
          .check(framework.get(), agreement, writer, source);
    } else {
      findings.add(frameworkUnknown(agreement.framework()));
    }
    List<Finding> located = new ArrayList<>(findings.size());
    for (Finding f : Waivers.apply(agreement, FindingAreas.assign(agreement, findings), messages)) {
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
   * A finding made elsewhere (by a {@link FrameworkRegistry} refusing a framework file, or by a
   * reader) with its message in this validator's language, as the validator's own findings
   * have theirs: code, severity, path and location unchanged. A message without a translation
   * becomes the sentence for its code followed by the English text.
   *
   * @param finding the finding, never null
   * @return the finding itself in English, else a copy with the message translated
   * @since 0.2.0
   */
  public Finding localized(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    return messages.english() ? finding : reading().translate(finding);
  }

  /**
   * Builds an {@link AgreementValidator}. Not thread-safe; the validator it builds is.
   *
   * @since 0.1.0
   */
  @API(status = STABLE)
  public static final class Builder {

    private FrameworkRegistry registry;
    private PixelDensityEditions editions = PixelDensityEditions.builtIn();
    private Clock clock = Clock.systemUTC();
    private Locale locale = Locale.ENGLISH;
    private SlaReader reader = SlaReader.defaults();
    private final List<CheckProvider> checkProviders = new ArrayList<>();
    private boolean serviceCheckProviders = true;

    private Builder() {}

    /**
     * Adds a provider of named checks, besides the built-in ones and those {@link
     * java.util.ServiceLoader} finds.
     *
     * @param provider the provider, never null
     * @return this builder
     * @since 0.2.0
     */
    public Builder checkProvider(CheckProvider provider) {
      checkProviders.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Whether to add the {@link CheckProvider}s that {@link java.util.ServiceLoader} finds (on the
     * module path, or through the thread's context class loader on the class path); {@code true}
     * by default.
     *
     * @param enabled {@code false} to use only the built-in checks and those added here
     * @return this builder
     * @since 0.2.0
     */
    public Builder serviceCheckProviders(boolean enabled) {
      this.serviceCheckProviders = enabled;
      return this;
    }

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
     * The locale of the messages; English by default. Welsh ({@code
     * Locale.forLanguageTag("cy")}) has a message for every key: the validation messages, the
     * built-in frameworks' rule messages and area titles (a framework of your own keeps its
     * words), and the reader's messages, which are translated by template (one that no template
     * matches keeps its English text after the Welsh sentence for its code). Codes, severities,
     * paths and locations never change with the locale. A translation is a {@code
     * io/github/slaframework/validation/ValidationMessages_<language>.properties} file (UTF-8) in
     * this module; keys it lacks fall back to English. The JVM's default locale is never used.
     *
     * @param locale the locale, never null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The reader of {@code validate(Path)} and {@code validateJson(String)};
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
     * Builds the validator, checking that every rule of every framework and profile of the
     * registry calls a check some provider implements.
     *
     * @return a new immutable validator
     * @throws FrameworkException with a {@code CHECK_UNKNOWN} finding for each rule that calls an
     *     unknown check, located in the framework's file when it was read from one
     * @throws IllegalStateException when a {@link CheckProvider} throws or two implement one
     *     name; the message names the provider's class
     */
    public AgreementValidator build() {
      return new AgreementValidator(this);
    }
  }
}
