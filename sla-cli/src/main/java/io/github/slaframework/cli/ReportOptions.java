package io.github.slaframework.cli;

import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FrameworkRegistry;
import io.github.slaframework.validation.Strictness;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/**
 * {@code --format}, {@code --as-of}, {@code --strict} and {@code --lang}, shared by the commands that report
 * validation findings ({@code validate}, {@code migrate}), so that both report alike.
 */
final class ReportOptions {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** The report formats of validation findings. */
  enum Format { text, json, sarif }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to validate as of (YYYY-MM-DD), e.g. for REVIEW_OVERDUE; default today.")
  LocalDate asOf;

  @Option(names = "--strict", description = "Treat warnings as failures (exit 1).")
  boolean strict;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language of the finding messages: ${COMPLETION-CANDIDATES} (Welsh, "
          + "Cymraeg) (default: ${DEFAULT-VALUE}). Codes, severities and paths stay as they are.")
  Language lang;

  /** The validation date: {@code --as-of}, or today in London. */
  LocalDate date() {
    return asOf != null ? asOf : LocalDate.now(LONDON);
  }

  /** A validator over a registry whose clock stands at the validation date. */
  AgreementValidator validator(FrameworkRegistry registry) {
    LocalDate date = date();
    return Library.validator()
        .registry(registry)
        .clock(Clock.fixed(date.atStartOfDay(LONDON).toInstant(), LONDON))
        .locale((lang == null ? Language.en : lang).locale())
        .build();
  }

  /** The locale of the messages ({@code --lang}). */
  Locale locale() {
    return (lang == null ? Language.en : lang).locale();
  }

  Strictness strictness() {
    return strict ? Strictness.WARNINGS : Strictness.ERRORS;
  }
}
