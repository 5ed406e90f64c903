/**
 * A vendor's named check, as another organisation would ship it: a {@code CheckProvider} in a
 * module of its own, found by {@link java.util.ServiceLoader}. Exists to test the check SPI from
 * outside {@code sla-validation}; not published.
 */
module io.github.slaframework.validation.it {
  requires io.github.slaframework.validation;

  // No export: ServiceLoader reaches a provider through `provides`, as a vendor's module would.

  provides io.github.slaframework.validation.spi.CheckProvider with
      io.github.slaframework.validation.it.CameraCountCheck;
}
