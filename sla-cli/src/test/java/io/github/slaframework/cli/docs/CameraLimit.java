package io.github.slaframework.cli.docs;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.validation.spi.CheckContext;
import io.github.slaframework.validation.spi.CheckProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

// The check provider of docs/validation.md (see DocSamplesTests).
// sample:validation-check-provider
public final class CameraLimit implements CheckProvider {
  @Override public Set<String> names() { return Set.of("ACME_CAMERA_LIMIT"); }

  @Override public List<Finding> check(String name, CheckContext context) {
    if (!(context.parameters().get("x-maxCameras") instanceof JsonValue.JsonNumber max)) {
      return List.of();                               // no parameter: no limit
    }
    List<Finding> out = new ArrayList<>();
    List<Section> sections = context.agreement().sections();
    for (int s = 0; s < sections.size(); s++) {
      if (sections.get(s) instanceof TechnicalStandardsSection technical) {
        for (int c = max.value().intValue(); c < technical.cameras().size(); c++) {
          out.add(context.finding("/sections/" + s + "/cameras/" + c));
        }
      }
    }
    return out;
  }
}
// end-sample:validation-check-provider
