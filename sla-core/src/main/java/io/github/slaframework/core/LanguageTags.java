package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The language tags of an agreement's {@code languages} (format 1.1): BCP 47 (RFC 5646) tags
 * such as {@code en}, {@code cy} or {@code cy-GB}.
 *
 * @since 0.2.0
 */
@API(status = STABLE)
public final class LanguageTags {

  /**
   * The pattern of a well-formed tag: the "langtag" and "privateuse" productions of RFC 5646
   * section 2.1, ASCII letters in either case. The irregular grandfathered tags ({@code
   * i-klingon}, {@code en-GB-oed}) are refused; every regular one matches.
   */
  public static final String PATTERN =
      "^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
          + "(?:-[A-Za-z]{4})?"
          + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
          + "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
          + "(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*"
          + "(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?"
          + "|[Xx](?:-[A-Za-z0-9]{1,8})+)$";

  /** English: what an agreement without {@code languages} is written in. */
  public static final String ENGLISH = "en";

  /** Welsh's primary subtag. */
  public static final String WELSH = "cy";

  private static final Pattern WELL_FORMED = Pattern.compile(PATTERN);

  private LanguageTags() {}

  /**
   * Whether a tag is well-formed BCP 47 ({@link #PATTERN}); whether its subtags are registered
   * is not checked.
   *
   * @param tag a tag, never null
   * @return {@code true} when well-formed
   */
  public static boolean isWellFormed(String tag) {
    return WELL_FORMED.matcher(Objects.requireNonNull(tag, "tag")).matches();
  }

  /**
   * Whether a tag means Welsh: its primary subtag is {@code cy}, in any case ({@code cy}, {@code
   * cy-GB}, {@code CY}).
   *
   * @param tag a tag, never null
   * @return {@code true} for Welsh
   */
  public static boolean isWelsh(String tag) {
    int dash = tag.indexOf('-');
    String primary = dash < 0 ? tag : tag.substring(0, dash);
    return primary.toLowerCase(Locale.ROOT).equals(WELSH);
  }
}
