package io.github.slaframework.validation.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Contributes frameworks and profiles to a
 * {@link io.github.slaframework.validation.FrameworkRegistry}: the way a vendor ships its own
 * framework in a jar. Implementations are found with {@link java.util.ServiceLoader}: declare
 * {@code provides io.github.slaframework.validation.spi.FrameworkProvider with ...} in a module,
 * or list the class in {@code META-INF/services/io.github.slaframework.validation.spi.FrameworkProvider}
 * on the class path. Implementations need a public no-argument constructor and should read their
 * frameworks as data (for example with {@code SlaReader.readFramework}), never compute rules.
 *
 * <pre>{@code
 * public final class AcmeFrameworks implements FrameworkProvider {
 *   public List<Framework> frameworks() {
 *     return List.of(SlaReader.defaults()
 *         .readFramework(AcmeFrameworks.class.getResourceAsStream("acme-2026.json").readAllBytes(),
 *             DocumentFormat.JSON)
 *         .value().orElseThrow());
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public interface FrameworkProvider {

  /**
   * The frameworks this provider contributes, with the profiles they ship.
   *
   * @return the frameworks, never null
   */
  List<Framework> frameworks();

  /**
   * Profiles this provider contributes for frameworks of any provider.
   *
   * @return the profiles, never null; empty by default
   */
  default List<Profile> profiles() {
    return List.of();
  }
}
