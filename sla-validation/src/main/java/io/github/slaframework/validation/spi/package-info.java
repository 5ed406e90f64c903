/**
 * The service-provider interface through which vendors register their own frameworks and profiles
 * with {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
package io.github.slaframework.validation.spi;
