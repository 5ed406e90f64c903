package io.github.slaframework.measure.internal;

import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.measure.Breach;
import io.github.slaframework.measure.IndicatorResult;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.MeasurementWarning;
import io.github.slaframework.measure.Outcome;
import io.github.slaframework.measure.RequesterResult;
import io.github.slaframework.measure.ServiceLevelResult;
import io.github.slaframework.measure.WindowResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The JSON report (format 1.0 section 6, with format 1.1's top-level {@code warnings}) with
 * Jackson's streaming generator: 2-space indent.
 */
public final class JsonReport {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private JsonReport() {}

  /**
   * Writes the report, ending with a line break.
   *
   * @param result the result
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(MeasurementResult result, Appendable out) throws IOException {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(PRETTY, sw)) {
      g.writeStartObject();
      g.writeArrayPropertyStart("serviceLevels");
      for (ServiceLevelResult level : result.serviceLevels()) {
        g.writeStartObject();
        g.writeStringProperty("id", level.id());
        g.writeStringProperty("metric", level.metric().code());
        if (level.problem().isPresent()) {
          g.writeStringProperty("problem", level.problem().get());
        }
        boolean turnaround = level.metric().equals(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND);
        windows(g, level.windows(), turnaround);
        if (level.byRequester().isPresent()) {
          g.writeArrayPropertyStart("byRequester");
          for (RequesterResult r : level.byRequester().get()) {
            g.writeStartObject();
            g.writeName("requester");
            if (r.requester().isPresent()) {
              g.writeString(r.requester().get());
            } else {
              g.writeNull();
            }
            windows(g, r.windows(), turnaround);
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("indicators");
      for (IndicatorResult indicator : result.indicators()) {
        g.writeStartObject();
        g.writeStringProperty("indicator", indicator.indicator().code());
        g.writeNumberProperty("total", indicator.total());
        g.writeArrayPropertyStart("windows");
        for (IndicatorResult.Count c : indicator.windows()) {
          g.writeStartObject();
          g.writeStringProperty("start", c.start().toString());
          g.writeStringProperty("end", c.end().toString());
          g.writeNumberProperty("count", c.count());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      // Only when there are warnings: a report of a fully measured agreement keeps the shape it
      // had before format 1.1, byte for byte.
      if (!result.warnings().isEmpty()) {
        warnings(g, result);
      }
      g.writeArrayPropertyStart("rejected");
      for (Labels.Rejected r : Labels.rejected(result)) {
        g.writeStartObject();
        g.writeStringProperty("file", r.file());
        g.writeNumberProperty("line", r.line());
        g.writeStringProperty("reason", r.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberProperty("rejectedCount", result.rejectedCount());
      g.writeNumberProperty("eventCount", result.eventCount());
      g.writeEndObject();
    }
    out.append(sw.toString()).append('\n');
  }

  private static void warnings(JsonGenerator g, MeasurementResult result) {
    g.writeArrayPropertyStart("warnings");
    for (MeasurementWarning w : result.warnings()) {
      g.writeStartObject();
      g.writeStringProperty("code", w.code());
      if (w.serviceLevel().isPresent()) {
        g.writeStringProperty("serviceLevel", w.serviceLevel().get());
      }
      g.writeStringProperty("message", w.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void windows(JsonGenerator g, List<WindowResult> windows, boolean turnaround) {
    g.writeArrayPropertyStart("windows");
    for (WindowResult w : windows) {
      window(g, w, turnaround);
    }
    g.writeEndArray();
  }

  private static void window(JsonGenerator g, WindowResult w, boolean turnaround) {
    g.writeStartObject();
    g.writeStringProperty("start", Labels.instantText(w.start()));
    g.writeStringProperty("end", Labels.instantText(w.end()));
    g.writeNumberProperty("met", w.met());
    g.writeNumberProperty("missed", w.missed());
    g.writeNumberProperty("pending", w.pending());
    g.writeName("attainment");
    if (w.attainment().isPresent()) {
      g.writeNumber(w.attainment().get());
    } else {
      g.writeNull();
    }
    g.writeNumberProperty("target", w.target());
    g.writeName("levelMet");
    if (w.levelMet().isPresent()) {
      g.writeBoolean(w.levelMet().get());
    } else {
      g.writeNull();
    }
    if (turnaround) {
      // Every window of a turnaround level, even one without items (format 1.1 section 5);
      // the outcomes in the order of Outcome, zero counts left out.
      g.writeObjectPropertyStart("outcomes");
      for (Map.Entry<Outcome, Long> o : w.outcomes().entrySet()) {
        g.writeNumberProperty(o.getKey().name(), o.getValue());
      }
      g.writeEndObject();
    }
    if (!w.worstBreaches().isEmpty()) {
      g.writeArrayPropertyStart("worstBreaches");
      for (Breach b : w.worstBreaches()) {
        g.writeStartObject();
        g.writeStringProperty("id", b.id());
        if (b.closedBy().isPresent()) {
          g.writeStringProperty("closedBy", b.closedBy().get());
        }
        g.writeStringProperty("opened", b.opened().toString());
        if (b.closed().isPresent()) {
          g.writeStringProperty("closed", b.closed().get().toString());
        }
        g.writeStringProperty("duration", b.duration().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
