package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The lawful basis on which a party processes the recordings (format 1.1, party {@code
 * lawfulBases}): a paragraph of UK GDPR Art 6(1), the condition for criminal offence data, or
 * law enforcement processing under DPA 2018 Part 3.
 *
 * <p>An open vocabulary: the known values are the constants; {@link #of(String)} also takes an
 * extension value, {@code x-} followed by at least one more character.
 *
 * @since 0.2.0
 */
@API(status = STABLE)
public final class LawfulBasis extends OpenCode<LawfulBasis> {

  /** UK GDPR Art 6(1)(c): a legal obligation of the controller. */
  public static final LawfulBasis UK_GDPR_ART_6_1_C = new LawfulBasis("UK_GDPR_ART_6_1_C");
  /** UK GDPR Art 6(1)(e): a task in the public interest or in the exercise of official authority. */
  public static final LawfulBasis UK_GDPR_ART_6_1_E = new LawfulBasis("UK_GDPR_ART_6_1_E");
  /**
   * UK GDPR Art 6(1)(ea): a recognised legitimate interest (Annex 1), inserted by the Data (Use
   * and Access) Act 2025; not for a public authority's tasks.
   */
  public static final LawfulBasis UK_GDPR_ART_6_1_EA = new LawfulBasis("UK_GDPR_ART_6_1_EA");
  /** UK GDPR Art 6(1)(f): legitimate interests; not for a public authority's tasks. */
  public static final LawfulBasis UK_GDPR_ART_6_1_F = new LawfulBasis("UK_GDPR_ART_6_1_F");
  /**
   * DPA 2018 Schedule 1 paragraph 10 (preventing or detecting unlawful acts): the condition for
   * criminal offence data, UK GDPR Art 10 with DPA 2018 s.10(5).
   */
  public static final LawfulBasis DPA_2018_SCH_1_PARA_10 =
      new LawfulBasis("DPA_2018_SCH_1_PARA_10");
  /** DPA 2018 Part 3: processing by a competent authority for law enforcement purposes. */
  public static final LawfulBasis DPA_2018_PART_3 = new LawfulBasis("DPA_2018_PART_3");

  /** The known values of format 1.1, in format order. */
  public static final List<LawfulBasis> KNOWN =
      List.of(UK_GDPR_ART_6_1_C, UK_GDPR_ART_6_1_E, UK_GDPR_ART_6_1_EA, UK_GDPR_ART_6_1_F,
          DPA_2018_SCH_1_PARA_10, DPA_2018_PART_3);

  private LawfulBasis(String code) {
    super(code);
  }

  /**
   * The value of a code: the constant of a known code, or an extension value.
   *
   * @param code a known code, or {@code x-} followed by at least one more character
   * @return the value
   * @throws IllegalArgumentException for any other code ({@code "x-"}, {@code "X-FOO"}, an
   *     unknown code)
   */
  public static LawfulBasis of(String code) {
    return of(code, KNOWN, LawfulBasis::new, "lawful basis");
  }

  /**
   * Whether this is one of the paragraphs of UK GDPR Art 6(1) ({@code UK_GDPR_ART_6_1_*}).
   *
   * @return {@code true} for an Art 6(1) basis
   */
  public boolean isUkGdprArticle6() {
    return code().startsWith("UK_GDPR_ART_6_1_");
  }
}
