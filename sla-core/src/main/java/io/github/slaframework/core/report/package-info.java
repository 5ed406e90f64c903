/**
 * Findings and reports: what reading and validating say about a document, one type for both.
 *
 * @since 0.1.0
 */
@SlaStyle
package io.github.slaframework.core.report;

import io.github.slaframework.core.internal.SlaStyle;
