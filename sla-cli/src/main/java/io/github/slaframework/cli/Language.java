package io.github.slaframework.cli;

import java.util.Locale;

/**
 * The languages of {@code --lang}: the commands' messages and documents are in English or in
 * Welsh (Cymraeg), for partnerships under the Welsh language standards.
 */
enum Language {
  /** English, the default. */
  en(Locale.ENGLISH),
  /** Welsh (Cymraeg). */
  cy(Locale.forLanguageTag("cy"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The language as a locale for the library. */
  Locale locale() {
    return locale;
  }
}
