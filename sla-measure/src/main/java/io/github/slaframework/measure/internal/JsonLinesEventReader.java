package io.github.slaframework.measure.internal;

import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventFindingCodes;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON Lines: each line one flat object of string fields. Fields named {@code x-...} are
 * ignored; any other unknown field, a repeated field, a non-string value or anything after the
 * object makes the line bad.
 */
final class JsonLinesEventReader extends LogEventReader {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(16)
                  .maxStringLength(LineReader.MAX_LINE)
                  .maxNameLength(256)
                  .maxNumberLength(64)
                  .maxDocumentLength(LineReader.MAX_LINE)
                  .build())
          .build();

  private static final int TYPE = 1;
  private static final int ID = 2;
  private static final int AT = 4;
  private static final int REF = 8;
  private static final int PRIORITY = 16;
  private static final int CAMERA = 32;
  private static final int REQUESTER = 64;
  private static final int OUTCOME = 128;

  JsonLinesEventReader(InputStream in, String file, int sourceIndex, Rejections rejections) {
    super(in, file, sourceIndex, rejections);
  }

  @Override
  Event decodeLine() {
    String type = null;
    String id = null;
    String at = null;
    String ref = null;
    String priority = null;
    String camera = null;
    String requester = null;
    String outcome = null;
    int seen = 0;
    try (JsonParser p =
        FACTORY.createParser(
            ObjectReadContext.empty(), lines.buffer(), lines.lineStart(), lines.lineLength())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        reject(EventFindingCodes.SYNTAX, "", "not a JSON object");
        return null;
      }
      String name;
      while ((name = p.nextName()) != null) {
        int field = field(name);
        JsonToken value = p.nextToken();
        if (field == 0) {
          if (name.startsWith("x-")) {
            p.skipChildren();
            continue;
          }
          reject(EventFindingCodes.UNKNOWN_FIELD, "", "unknown field " + Excerpt.of(name));
          return null;
        }
        if ((seen & field) != 0) {
          reject(EventFindingCodes.DUPLICATE_KEY, "/" + name, "field " + name + " appears twice");
          return null;
        }
        seen |= field;
        if (value == JsonToken.VALUE_NULL && field != TYPE && field != ID && field != AT) {
          continue;
        }
        if (value != JsonToken.VALUE_STRING) {
          reject(EventFindingCodes.TYPE_MISMATCH, "/" + name, "field " + name + " is not a string");
          return null;
        }
        String text = p.getString();
        switch (field) {
          case TYPE -> type = text;
          case ID -> id = text;
          case AT -> at = text;
          case REF -> ref = text;
          case PRIORITY -> priority = text;
          case REQUESTER -> requester = text;
          case OUTCOME -> outcome = text;
          default -> camera = text;
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        reject(EventFindingCodes.SYNTAX, "", "not a JSON object");
        return null;
      }
      if (p.nextToken() != null) {
        reject(EventFindingCodes.SYNTAX, "", "text after the JSON object");
        return null;
      }
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      boolean located = loc != null && loc.getColumnNr() >= 1;
      reject(EventFindingCodes.SYNTAX, "", located ? loc.getColumnNr() : 1,
          "not valid JSON" + (located ? " at column " + loc.getColumnNr() : ""));
      return null;
    }
    return decode(type, id, at, ref, priority, camera, requester, outcome);
  }

  private static int field(String name) {
    switch (name) {
      case "type":
        return TYPE;
      case "id":
        return ID;
      case "at":
        return AT;
      case "ref":
        return REF;
      case "priority":
        return PRIORITY;
      case "camera":
        return CAMERA;
      case "requester":
        return REQUESTER;
      case "outcome":
        return OUTCOME;
      default:
        return 0;
    }
  }
}
