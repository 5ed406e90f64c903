/**
 * Rendering agreements as signable documents in Markdown and HTML:
 * {@link io.github.slaframework.render.AgreementRenderer}.
 *
 * @since 0.2.0
 */
package io.github.slaframework.render;
