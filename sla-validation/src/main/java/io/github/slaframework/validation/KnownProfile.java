package io.github.slaframework.validation;

import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.validation.internal.BuiltInFrameworks;

/**
 * A profile a {@link FrameworkRegistry} holds: its id and its framework's id and version known at
 * once, the profile either given or, for one a built-in framework ships, read with that
 * framework's document the first time a caller needs it.
 */
final class KnownProfile implements Known {

  final String id;
  final String frameworkId;
  final String frameworkVersion;
  /** The framework's {@code id:version} as the profile names it. */
  final String frameworkKey;
  /** The profile as given, or {@code null} for a built-in one (checked by the tests). */
  final Profile given;
  private final BuiltInFrameworks.Entry entry;
  private final int index;

  private KnownProfile(String id, String frameworkId, String frameworkVersion,
      String frameworkKey, Profile given, BuiltInFrameworks.Entry entry, int index) {
    this.id = id;
    this.frameworkId = frameworkId;
    this.frameworkVersion = frameworkVersion;
    this.frameworkKey = frameworkKey;
    this.given = given;
    this.entry = entry;
    this.index = index;
  }

  static KnownProfile of(Profile profile) {
    return new KnownProfile(profile.id(), profile.framework().id(),
        profile.framework().version(), profile.framework().key(), profile, null, -1);
  }

  /** The {@code index}th profile a built-in framework ships. */
  static KnownProfile of(BuiltInFrameworks.Entry entry, int index) {
    return new KnownProfile(entry.profileIds().get(index), entry.id(), entry.version(),
        entry.toString(), null, entry, index);
  }

  /** The profile, reading a built-in framework's document on first use. */
  Profile profile() {
    return given != null ? given : entry.framework().profiles().get(index);
  }
}
