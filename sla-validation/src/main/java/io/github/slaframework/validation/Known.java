package io.github.slaframework.validation;

/** A framework or a profile a {@link FrameworkRegistry} holds. */
sealed interface Known permits KnownFramework, KnownProfile {}
