/**
 * The implementation of validation: the compiled Bean Validation constraints, the rule engine, the
 * model and framework checks and waivers. Not exported.
 */
package io.github.slaframework.validation.internal;
