package io.github.slaframework.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats the model's record-style accessors ({@code id()}, {@code parties()}) as properties named
 * after the method, which are the JSON field names. Hibernate Validator's default strategy only
 * knows {@code getX()}/{@code isX()}, and would silently skip every constraint of the model.
 */
public final class ModelPropertySelection implements GetterPropertySelectionStrategy {

  private static final Set<String> NOT_PROPERTIES =
      Set.of("hashCode", "toString", "getClass", "clone", "notify", "notifyAll", "wait");

  /** Creates the strategy. */
  public ModelPropertySelection() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
