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
 *
 * <p>The "sandwich" style: the generated {@code Immutable*} classes are package-private and never
 * appear in a signature ({@code overshadowImplementation} makes their factories and builders
 * return the abstract type). Each model type declares, by hand, {@code extends WithX} (the
 * generated interface of its {@code with*} copy methods), a nested {@code final class Builder
 * extends ImmutableX.Builder}, {@code static Builder builder()} and {@code static X copyOf(X)}:
 * the only places that name a generated class.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    typeImmutable = "Immutable*",
    typeWith = "With*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
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
