package io.github.slaframework.validation.internal;

import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;
import java.util.Optional;

/**
 * Extracts the value of a present {@link Optional} only. The built-in extractor hands an empty
 * optional's {@code null} to the element's constraints, so {@code Optional<@NotBlank String>}
 * would report an absent value as blank; in the model an empty optional is an absent field, which
 * is never blank.
 */
public final class PresentOptionalExtractor implements ValueExtractor<Optional<@ExtractedValue ?>> {

  /** Creates the extractor. */
  public PresentOptionalExtractor() {}

  @Override
  public void extractValues(Optional<?> originalValue, ValueReceiver receiver) {
    if (originalValue.isPresent()) {
      receiver.value(null, originalValue.get());
    }
  }
}
