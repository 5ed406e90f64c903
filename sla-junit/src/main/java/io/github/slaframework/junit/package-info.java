/**
 * JUnit 5 assertions and argument sources for agreement files:
 * {@link io.github.slaframework.junit.SlaAssertions} and
 * {@link io.github.slaframework.junit.AgreementFiles}.
 *
 * @since 0.1.0
 */
package io.github.slaframework.junit;
