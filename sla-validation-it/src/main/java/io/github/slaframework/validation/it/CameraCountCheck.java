package io.github.slaframework.validation.it;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.validation.spi.CheckContext;
import io.github.slaframework.validation.spi.CheckProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The check {@code ACME_CAMERA_LIMIT}: no technical standards section lists more cameras than the
 * rule's parameter {@code x-maxCameras} allows (a partnership whose control room can watch only
 * so many). One finding per camera over the limit, at that camera.
 *
 * @since 0.2.0
 */
public final class CameraCountCheck implements CheckProvider {

  /** The check's name, as a framework rule writes it in {@code check}. */
  public static final String NAME = "ACME_CAMERA_LIMIT";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public CameraCountCheck() {}

  @Override
  public Set<String> names() {
    return Set.of(NAME);
  }

  @Override
  public List<Finding> check(String name, CheckContext context) {
    // A missing or non-numeric parameter means no limit: the framework author's choice to make.
    if (!(context.parameters().get("x-maxCameras") instanceof JsonValue.JsonNumber max)) {
      return List.of();
    }
    int limit = max.value().intValue();
    List<Finding> out = new ArrayList<>();
    for (int s = 0; s < context.agreement().sections().size(); s++) {
      if (context.agreement().sections().get(s) instanceof TechnicalStandardsSection technical) {
        for (int c = limit; c < technical.cameras().size(); c++) {
          out.add(context.finding("/sections/" + s + "/cameras/" + c));
        }
      }
    }
    return out;
  }
}
