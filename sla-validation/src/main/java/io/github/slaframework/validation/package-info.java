/**
 * Validation of agreements against the model's constraints and their framework, in one report:
 * {@link io.github.slaframework.validation.AgreementValidator} (the entry point),
 * {@link io.github.slaframework.validation.FrameworkRegistry} (which frameworks are known) and
 * {@link io.github.slaframework.validation.ReportFormats} (JSON and SARIF output).
 *
 * @since 0.1.0
 */
package io.github.slaframework.validation;
