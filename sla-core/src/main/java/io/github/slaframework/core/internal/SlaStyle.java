package io.github.slaframework.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the whole model. Applied to every model package in its
 * {@code package-info.java}; compile-time only (class retention), so Immutables is never needed at
 * run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    typeImmutable = "Immutable*",
    defaults = @Value.Immutable(copy = true),
    strictBuilder = false,
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    allParameters = false,
    throwForInvalidImmutableState = IllegalStateException.class,
    // No classpath annotations (such as org.immutables.value.Generated) on generated classes:
    // users compile against sla-core without Immutables. (An empty list would mean "all".)
    allowedClasspathAnnotations = {Override.class})
public @interface SlaStyle {}
