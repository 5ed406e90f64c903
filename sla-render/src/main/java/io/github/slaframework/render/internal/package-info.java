/**
 * Internals of the renderer: not API, may change in any release.
 *
 * @since 0.2.0
 */
package io.github.slaframework.render.internal;
