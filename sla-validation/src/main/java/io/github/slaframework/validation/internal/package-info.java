/**
 * The implementation of validation: Hibernate Validator's configuration, the rule engine, the
 * model and framework checks and waivers. Not exported.
 */
package io.github.slaframework.validation.internal;
