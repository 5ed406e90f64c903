package io.github.slaframework.measure.internal;

import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventFindingCodes;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180 quoting, one record a line) whose first line is a header naming the columns
 * {@code type,id,at} and any of {@code ref,priority,camera,requester,outcome} in any order;
 * {@code x-...} columns are ignored. An empty field is an absent value. A header without a required column rejects the
 * header line and every data line (each is reported, none measured).
 */
final class CsvEventReader extends LogEventReader {

  private static final List<String> COLUMNS =
      List.of("type", "id", "at", "ref", "priority", "camera", "requester", "outcome");

  /** For each column of {@link #COLUMNS}, its index in the file, or -1. */
  private final int[] index = new int[COLUMNS.size()];
  private int width;
  private boolean headerRead;
  private String headerProblem;
  private String headerCode;
  /** The 1-based column of the problem {@link #split} found, 1 when it has none. */
  private int problemColumn = 1;
  private final List<String> fields = new ArrayList<>(8);

  CsvEventReader(InputStream in, String file, int sourceIndex, Rejections rejections) {
    super(in, file, sourceIndex, rejections);
  }

  @Override
  Event decodeLine() {
    String line =
        new String(lines.buffer(), lines.lineStart(), lines.lineLength(), StandardCharsets.UTF_8);
    String problem = split(line);
    if (!headerRead) {
      headerRead = true;
      readHeader(problem);
      return null;
    }
    if (headerProblem != null) {
      reject(headerCode, "", "not measured: " + headerProblem);
      return null;
    }
    if (problem != null) {
      reject(EventFindingCodes.SYNTAX, "", problemColumn, problem);
      return null;
    }
    if (fields.size() != width) {
      reject(EventFindingCodes.SYNTAX, "", "expected " + width + " fields, found " + fields.size());
      return null;
    }
    return decode(get(0), get(1), get(2), get(3), get(4), get(5), get(6), get(7));
  }

  private String get(int column) {
    int i = index[column];
    if (i < 0) {
      return null;
    }
    String v = fields.get(i);
    return v.isEmpty() ? null : v;
  }

  private void readHeader(String problem) {
    java.util.Arrays.fill(index, -1);
    if (problem != null) {
      headerProblem = "the header line is bad (" + problem + ")";
      headerCode = EventFindingCodes.SYNTAX;
      reject(headerCode, "", problemColumn, headerProblem);
      return;
    }
    width = fields.size();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).strip();
      int column = COLUMNS.indexOf(name);
      if (column >= 0) {
        if (index[column] >= 0) {
          headerProblem = "the header names column " + name + " twice";
          headerCode = EventFindingCodes.DUPLICATE_KEY;
        }
        index[column] = i;
      } else if (!name.startsWith("x-")) {
        headerProblem = "the header has an unknown column " + Excerpt.of(name);
        headerCode = EventFindingCodes.UNKNOWN_FIELD;
      }
    }
    for (int column = 0; column < 3 && headerProblem == null; column++) {
      if (index[column] < 0) {
        headerProblem = "the header has no " + COLUMNS.get(column) + " column";
        headerCode = EventFindingCodes.REQUIRED;
      }
    }
    if (headerProblem != null) {
      reject(headerCode, "", headerProblem);
    }
  }

  /**
   * A field without the {@code '} that {@code EventLogWriter} puts before a formula prefix
   * ({@code = + - @}, tab, carriage return) or a {@code '}, so that a spreadsheet opening the
   * log runs nothing; any other leading {@code '} is data.
   */
  private static String unguarded(StringBuilder field) {
    if (field.length() >= 2 && field.charAt(0) == '\''
        && "=+-@\t\r'".indexOf(field.charAt(1)) >= 0) {
      return field.substring(1);
    }
    return field.toString();
  }

  /** Splits a record into {@link #fields}; returns a problem or {@code null}. */
  private String split(String line) {
    fields.clear();
    problemColumn = 1;
    int n = line.length();
    int i = 0;
    StringBuilder sb = new StringBuilder();
    while (true) {
      sb.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        int start = i;
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              sb.append('"');
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            sb.append(c);
          }
        }
        if (!closed) {
          problemColumn = start + 1;
          return "a quoted field is not closed on its line";
        }
        if (i < n && line.charAt(i) != ',') {
          problemColumn = i + 1;
          return "text after a quoted field at column " + (i + 1);
        }
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? n : comma;
        String raw = line.substring(i, end);
        if (raw.indexOf('"') >= 0) {
          problemColumn = i + 1;
          return "a quote inside an unquoted field at column " + (i + 1);
        }
        sb.append(raw);
        i = end;
      }
      fields.add(unguarded(sb));
      if (i >= n) {
        return null;
      }
      i++; // the comma
      if (i == n) {
        fields.add("");
        return null;
      }
    }
  }
}
