package io.github.slaframework.validation.testprovider;

import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.validation.spi.FrameworkProvider;
import java.util.List;

/** A vendor provider with a bug: reading its frameworks throws. */
public final class BrokenFrameworkProvider implements FrameworkProvider {

  /** Creates the provider. */
  public BrokenFrameworkProvider() {}

  @Override
  public List<Framework> frameworks() {
    throw new IllegalStateException("acme-2026.json is missing from the jar");
  }
}
