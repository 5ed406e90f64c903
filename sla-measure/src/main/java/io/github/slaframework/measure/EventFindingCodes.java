package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.report.FindingCodes;
import org.apiguardian.api.API;

/**
 * The codes of the findings about rejected event lines ({@link SourceFindings}). A line that is
 * wrong in the way an agreement file can be wrong gets the same code as validation gives
 * ({@code SYNTAX}, {@code REQUIRED}, ...); what only an event log can get wrong has a code of its
 * own. Every rejected line is an {@code ERROR}: it is skipped, and the rest is measured.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class EventFindingCodes {

  /** Not a JSON object, not valid JSON, text after the object; a bad CSV record. */
  public static final String SYNTAX = FindingCodes.SYNTAX;
  /**
   * A line longer than 16 KiB; an id, ref or camera longer than 200 characters; an {@code at}
   * outside the years 1900 to 2200; an opening event while
   * {@link MeasurementLimits#MAX_OPEN_ITEMS} items are open (see {@link MeasurementLimits}).
   */
  public static final String LIMIT = FindingCodes.LIMIT;
  /** A field given twice on a line, or a column named twice in a CSV header. */
  public static final String DUPLICATE_KEY = FindingCodes.DUPLICATE_KEY;
  /** A field that is not a string. */
  public static final String TYPE_MISMATCH = FindingCodes.TYPE_MISMATCH;
  /** A field (or CSV column) that is neither an event field nor {@code x-} prefixed. */
  public static final String UNKNOWN_FIELD = FindingCodes.UNKNOWN_FIELD;
  /** A missing {@code type}, {@code id} or {@code at}; a close without {@code ref}; a fault
   * without {@code camera}. */
  public static final String REQUIRED = FindingCodes.REQUIRED;
  /** An unknown {@code type}, an {@code at} without an offset, a bad {@code priority}. */
  public static final String INVALID_VALUE = FindingCodes.INVALID_VALUE;
  /** An event earlier than the previous accepted event of the same source. */
  public static final String EVENT_ORDER = "EVENT_ORDER";
  /** A {@code ref} to no open item, or a {@code FAULT_FIXED} naming another camera. */
  public static final String EVENT_UNMATCHED = "EVENT_UNMATCHED";
  /** An opening event whose id is already open, or a second close of an item. */
  public static final String EVENT_REPEATED = "EVENT_REPEATED";
  /** A fault on a camera that the agreement's {@code TECHNICAL_STANDARDS} does not list. */
  public static final String CAMERA_UNKNOWN = "CAMERA_UNKNOWN";

  private EventFindingCodes() {}
}
