package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.OpenCode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A statute or regime an agreement relies on.
 *
 * <p>An open vocabulary (format 1.1): the known values are the constants; {@link #of(String)}
 * also takes an extension value, {@code x-} followed by at least one more character. An enum
 * before 0.2.0.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class LegalBasis extends OpenCode<LegalBasis> {

  /** Data Protection Act 2018 Part 3: processing for law-enforcement purposes. */
  public static final LegalBasis DPA_2018_PART_3 = new LegalBasis("DPA_2018_PART_3");
  /** UK GDPR. */
  public static final LegalBasis UK_GDPR = new LegalBasis("UK_GDPR");
  /** Data Protection Act 2018 Schedule 2 exemptions (disclosure for crime and legal proceedings). */
  public static final LegalBasis DPA_2018_SCHEDULE_2 = new LegalBasis("DPA_2018_SCHEDULE_2");
  /** Protection of Freedoms Act 2012 and the Surveillance Camera Code. */
  public static final LegalBasis POFA_2012 = new LegalBasis("POFA_2012");
  /** Regulation of Investigatory Powers Act 2000 Part II: directed surveillance (England, Wales, Northern Ireland). */
  public static final LegalBasis RIPA_2000_PART_2 = new LegalBasis("RIPA_2000_PART_2");
  /** Regulation of Investigatory Powers (Scotland) Act 2000. */
  public static final LegalBasis RIPSA_2000 = new LegalBasis("RIPSA_2000");
  /** Criminal Procedure and Investigations Act 1996. */
  public static final LegalBasis CPIA_1996 = new LegalBasis("CPIA_1996");
  /** Human Rights Act 1998 (Article 8). */
  public static final LegalBasis HRA_1998 = new LegalBasis("HRA_1998");
  /** Freedom of Information Act 2000. */
  public static final LegalBasis FOIA_2000 = new LegalBasis("FOIA_2000");

  /**
   * Freedom of Information (Scotland) Act 2002; format 1.1.
   *
   * @since 0.2.0
   */
  public static final LegalBasis FOISA_2002 = new LegalBasis("FOISA_2002");
  /**
   * Criminal Justice and Licensing (Scotland) Act 2010 Part 6 (disclosure); format 1.1.
   *
   * @since 0.2.0
   */
  public static final LegalBasis CJLSA_2010_PART_6 = new LegalBasis("CJLSA_2010_PART_6");
  /**
   * Crime and Disorder Act 1998 (s.17 duty, s.115 disclosure); format 1.1.
   *
   * @since 0.2.0
   */
  public static final LegalBasis CRIME_AND_DISORDER_ACT_1998 = new LegalBasis("CRIME_AND_DISORDER_ACT_1998");
  /**
   * Data (Use and Access) Act 2025; format 1.1.
   *
   * @since 0.2.0
   */
  public static final LegalBasis DUAA_2025 = new LegalBasis("DUAA_2025");
  /**
   * Welsh Language (Wales) Measure 2011; format 1.1.
   *
   * @since 0.2.0
   */
  public static final LegalBasis WELSH_LANGUAGE_MEASURE_2011 = new LegalBasis("WELSH_LANGUAGE_MEASURE_2011");

  /** The known values of format 1.1, in format order (format 1.0's first). */
  public static final List<LegalBasis> KNOWN =
      List.of(DPA_2018_PART_3, UK_GDPR, DPA_2018_SCHEDULE_2, POFA_2012, RIPA_2000_PART_2, RIPSA_2000, CPIA_1996, HRA_1998, FOIA_2000, FOISA_2002, CJLSA_2010_PART_6, CRIME_AND_DISORDER_ACT_1998, DUAA_2025, WELSH_LANGUAGE_MEASURE_2011);

  private LegalBasis(String code) {
    super(code);
  }

  /**
   * The value of a code: the constant of a known code, or an extension value.
   *
   * @param code a known code, or {@code x-} followed by at least one more character
   * @return the value
   * @throws IllegalArgumentException for any other code ({@code "x-"}, {@code "X-FOO"}, an
   *     unknown code)
   * @since 0.2.0
   */
  public static LegalBasis of(String code) {
    return of(code, KNOWN, LegalBasis::new, "legal basis");
  }
}
