/**
 * Image quality: the editions of IEC 62676-4 as data, and the pixel density of a camera view.
 *
 * @since 0.1.0
 */
package io.github.slaframework.core.imaging;
