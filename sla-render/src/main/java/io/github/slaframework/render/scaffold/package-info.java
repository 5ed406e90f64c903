/**
 * Scaffolding draft agreements from a framework:
 * {@link io.github.slaframework.render.scaffold.AgreementScaffolder}.
 *
 * @since 0.2.0
 */
package io.github.slaframework.render.scaffold;
