package io.github.slaframework.validation.internal;

import io.github.slaframework.validation.spi.CheckProvider;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The named checks a validator runs, by name: the built-in ones, then those of service providers
 * and of the validator's builder. Immutable.
 */
public final class Checks {

  private final Map<String, CheckProvider> byName;

  private Checks(Map<String, CheckProvider> byName) {
    this.byName = byName;
  }

  /**
   * The checks of the built-in provider, the service providers found by {@link ServiceLoader}
   * (when asked) and the given providers.
   *
   * @param serviceProviders whether to add the providers {@link ServiceLoader} finds
   * @param extra further providers, in order
   * @return the checks
   * @throws IllegalStateException when a provider throws or two providers implement one name;
   *     the message names the provider's class
   */
  public static Checks of(boolean serviceProviders, List<CheckProvider> extra) {
    Map<String, CheckProvider> byName = new LinkedHashMap<>();
    add(byName, new BuiltInChecks());
    add(byName, new PartnershipChecks());
    if (serviceProviders) {
      for (ServiceLoader.Provider<CheckProvider> provider :
          ServiceLoader.load(CheckProvider.class).stream().toList()) {
        CheckProvider instance;
        try {
          instance = provider.get();
        } catch (RuntimeException | java.util.ServiceConfigurationError e) {
          throw new IllegalStateException(
              "check provider " + provider.type().getName() + " could not be created: " + e, e);
        }
        add(byName, instance);
      }
    }
    extra.forEach(p -> add(byName, p));
    return new Checks(Collections.unmodifiableMap(byName));
  }

  private static void add(Map<String, CheckProvider> byName, CheckProvider provider) {
    Set<String> names;
    try {
      names = provider.names();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "check provider " + provider.getClass().getName() + " failed to name its checks: " + e,
          e);
    }
    if (names == null || names.isEmpty()) {
      throw new IllegalStateException(
          "check provider " + provider.getClass().getName() + " names no check");
    }
    for (String name : names) {
      CheckProvider before = byName.putIfAbsent(name, provider);
      if (before != null && before != provider) {
        throw new IllegalStateException(
            "check "
                + name
                + " is implemented by both "
                + before.getClass().getName()
                + " and "
                + provider.getClass().getName());
      }
    }
  }

  /**
   * The provider of a check.
   *
   * @param name the check's name
   * @return the provider, or empty when no provider implements it
   */
  public Optional<CheckProvider> provider(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * Whether a check is implemented.
   *
   * @param name the check's name
   * @return {@code true} when some provider implements it
   */
  public boolean knows(String name) {
    return byName.containsKey(name);
  }
}
