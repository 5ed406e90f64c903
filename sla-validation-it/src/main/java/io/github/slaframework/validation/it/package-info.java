/**
 * A vendor's check provider ({@link io.github.slaframework.validation.it.CameraCountCheck}) for
 * the test of the check SPI.
 *
 * @since 0.2.0
 */
package io.github.slaframework.validation.it;
