package io.github.slaframework.validation;

import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.validation.internal.BuiltInFrameworks;

/**
 * A framework a {@link FrameworkRegistry} holds: its id and version known at once, its document
 * either given (added, or read from a file) or, for a built-in one, read the first time a caller
 * needs that version.
 */
final class KnownFramework implements Known {

  final String id;
  final String version;
  /** The framework as given, or {@code null} for a built-in one (checked by the tests). */
  final Framework given;
  private final BuiltInFrameworks.Entry entry;

  private KnownFramework(String id, String version, Framework given,
      BuiltInFrameworks.Entry entry) {
    this.id = id;
    this.version = version;
    this.given = given;
    this.entry = entry;
  }

  static KnownFramework of(Framework framework) {
    return new KnownFramework(framework.id(), framework.version(), framework, null);
  }

  static KnownFramework of(BuiltInFrameworks.Entry entry) {
    return new KnownFramework(entry.id(), entry.version(), null, entry);
  }

  /** The framework, reading a built-in document on first use. */
  Framework framework() {
    return given != null ? given : entry.framework();
  }

  /** {@code id:version}, as {@code FrameworkRef.key()} writes it. */
  String refKey() {
    return id + ":" + version;
  }
}
