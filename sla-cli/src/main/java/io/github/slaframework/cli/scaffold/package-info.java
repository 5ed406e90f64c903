/**
 * Scaffolding draft agreements from a framework:
 * {@link io.github.slaframework.cli.scaffold.AgreementScaffolder}.
 *
 * @since 0.1.0
 */
package io.github.slaframework.cli.scaffold;
