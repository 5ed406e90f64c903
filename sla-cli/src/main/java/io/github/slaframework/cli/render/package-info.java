/**
 * Rendering agreements as signable documents in Markdown and HTML:
 * {@link io.github.slaframework.cli.render.AgreementRenderer}.
 *
 * @since 0.1.0
 */
package io.github.slaframework.cli.render;
