/**
 * The service-provider interfaces through which vendors extend validation with
 * {@link java.util.ServiceLoader}: their own frameworks and profiles ({@link
 * io.github.slaframework.validation.spi.FrameworkProvider}) and their own named checks that
 * framework rules call ({@link io.github.slaframework.validation.spi.CheckProvider}).
 *
 * @since 0.1.0
 */
package io.github.slaframework.validation.spi;
