package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What kind of organisation a party is.
 *
 * <p>An open vocabulary (format 1.1): the known values are the constants; {@link #of(String)}
 * also takes an extension value, {@code x-} followed by at least one more character. An enum
 * before 0.2.0.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class PartyType extends OpenCode<PartyType> {

  /** A council (local authority). */
  public static final PartyType LOCAL_AUTHORITY = new PartyType("LOCAL_AUTHORITY");
  /** A territorial police force. */
  public static final PartyType POLICE_FORCE = new PartyType("POLICE_FORCE");
  /** A housing association. */
  public static final PartyType HOUSING_ASSOCIATION = new PartyType("HOUSING_ASSOCIATION");
  /** An NHS trust or other NHS body. */
  public static final PartyType NHS_BODY = new PartyType("NHS_BODY");
  /** A university or college. */
  public static final PartyType UNIVERSITY = new PartyType("UNIVERSITY");
  /** A shopping centre operator. */
  public static final PartyType SHOPPING_CENTRE = new PartyType("SHOPPING_CENTRE");
  /** A transport operator. */
  public static final PartyType TRANSPORT_OPERATOR = new PartyType("TRANSPORT_OPERATOR");
  /** Any other organisation. */
  public static final PartyType OTHER = new PartyType("OTHER");

  /**
   * A police and crime commissioner (or a mayor with PCC functions); format 1.1.
   *
   * @since 0.2.0
   */
  public static final PartyType POLICE_AND_CRIME_COMMISSIONER = new PartyType("POLICE_AND_CRIME_COMMISSIONER");
  /**
   * A business improvement district company; format 1.1.
   *
   * @since 0.2.0
   */
  public static final PartyType BUSINESS_IMPROVEMENT_DISTRICT = new PartyType("BUSINESS_IMPROVEMENT_DISTRICT");
  /**
   * A parish, town or community council; format 1.1.
   *
   * @since 0.2.0
   */
  public static final PartyType PARISH_OR_TOWN_COUNCIL = new PartyType("PARISH_OR_TOWN_COUNCIL");

  /** The known values of format 1.1, in format order (format 1.0's first). */
  public static final List<PartyType> KNOWN =
      List.of(LOCAL_AUTHORITY, POLICE_FORCE, HOUSING_ASSOCIATION, NHS_BODY, UNIVERSITY, SHOPPING_CENTRE, TRANSPORT_OPERATOR, OTHER, POLICE_AND_CRIME_COMMISSIONER, BUSINESS_IMPROVEMENT_DISTRICT, PARISH_OR_TOWN_COUNCIL);

  private PartyType(String code) {
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
  public static PartyType of(String code) {
    return of(code, KNOWN, PartyType::new, "party type");
  }
}
