package io.github.slaframework.validation.testprovider;

import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.validation.spi.FrameworkProvider;
import java.util.List;

/** A vendor's provider, found through {@link java.util.ServiceLoader} in the tests. */
public final class AcmeFrameworkProvider implements FrameworkProvider {

  /** Creates the provider. */
  public AcmeFrameworkProvider() {}

  @Override
  public List<Framework> frameworks() {
    return List.of(
        Framework.builder()
            .id("acme-retail")
            .version("2026")
            .title("Acme shopping-centre CCTV framework")
            .addAreas(AreaDefinition.of(AreaCode.GOVERNANCE, "Governance", AreaLevel.MANDATORY))
            .build());
  }

  @Override
  public List<Profile> profiles() {
    return List.of(
        Profile.builder()
            .id("acme-small-site")
            .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
            .putLevels(AreaCode.GOVERNANCE, AreaLevel.RECOMMENDED)
            .build());
  }
}
