/**
 * The sections of an agreement: one typed section per well-known area of format 1.0, and
 * {@link io.github.slaframework.core.section.CustomSection} for any other area.
 *
 * @since 0.1.0
 */
@SlaStyle
package io.github.slaframework.core.section;

import io.github.slaframework.core.internal.SlaStyle;
