/**
 * Internals of the command line and the renderer: not API, may change in any release.
 *
 * @since 0.1.0
 */
package io.github.slaframework.cli.internal;
