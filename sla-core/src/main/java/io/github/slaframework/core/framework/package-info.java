/**
 * Frameworks, their areas and levels, profiles that tailor them, and declarative rules.
 *
 * @since 0.1.0
 */
@SlaStyle
package io.github.slaframework.core.framework;

import io.github.slaframework.core.internal.SlaStyle;
