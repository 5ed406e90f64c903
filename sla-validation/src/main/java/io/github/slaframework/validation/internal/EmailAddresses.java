package io.github.slaframework.validation.internal;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * {@code @Email} as Hibernate Validator 9.1 reads it ({@code AbstractEmailValidator} and {@code
 * DomainNameUtil}, Apache License 2.0): the same local-part and domain expressions, the same
 * limits (64 characters before the last {@code @}, 255 after conversion to ASCII), the same
 * internationalised domain names. {@code CompiledConstraintsTests} holds this class to Hibernate
 * Validator's own validator on generated addresses.
 *
 * <p>A plain address (dot-separated words of letters, digits, {@code _}, {@code +} and {@code -}
 * at a host name) is accepted by one small expression; only other addresses load the full
 * expressions and {@link IDN}, which a typical agreement never needs.
 */
final class EmailAddresses {

  /**
   * A label of a host name: letters and digits, with hyphens inside, at most 63 characters (the
   * limit of a DNS label).
   */
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

  /** The plain addresses, every one of them valid for Hibernate Validator too. */
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z0-9_+-]+(?:\\.[A-Za-z0-9_+-]+)*@" + LABEL + "(?:\\." + LABEL + ")*");

  private EmailAddresses() {}

  /**
   * Whether an address is valid for a plain {@code @Email} (no {@code regexp} of its own).
   *
   * @param text the address, or {@code null}
   * @return {@code true} for {@code null}, the empty text and every valid address
   */
  static boolean valid(CharSequence text) {
    if (text == null || text.length() == 0) {
      return true;
    }
    String address = text.toString();
    if (plain(address)) {
      return true;
    }
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return false;
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    return local.length() <= 64 && Full.LOCAL_PART.matcher(local).matches() && validDomain(domain);
  }

  /**
   * Whether an address is plain: a quick test that never accepts an invalid address.
   *
   * @param address the address
   * @return {@code true} when it is plain
   */
  static boolean plain(String address) {
    int at = address.lastIndexOf('@');
    return at > 0
        && at <= 64 // the longest local part
        && address.length() - at - 1 <= 253 // the longest host name
        && PLAIN.matcher(address).matches();
  }

  private static boolean validDomain(String domain) {
    if (domain.endsWith(".")) {
      return false;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(domain);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return ascii.length() <= 255 && Full.DOMAIN.matcher(domain).matches();
  }

  /** The full expressions, compiled on first need. */
  private static final class Full {

    private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]";
    private static final String QUOTED_ATOM =
        "(?:[a-z0-9!#$%&'*.(),<>\\[\\]:;  @+/=?^_`{|}~\u0080-\uffff-]|\\\\\\\\|\\\\\\\")";
    private static final String WORD = "(?:" + ATOM + "+|\"" + QUOTED_ATOM + "+\")";

    static final Pattern LOCAL_PART =
        Pattern.compile(WORD + "(?:\\." + WORD + ")*", Pattern.CASE_INSENSITIVE);

    private static final String CHARS = "[a-z\u0080-\uffff0-9!#$%&'*+/=?^_`{|}~]";
    private static final String DOMAIN_LABEL = CHARS + "++(?:-++" + CHARS + "++)*+";
    private static final String HOST = DOMAIN_LABEL + "(?:\\." + DOMAIN_LABEL + ")*+";
    private static final String IP_V4 = "[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}";
    private static final String BYTE = "(?:25[0-5]|(?:2[0-4]|1{0,1}[0-9]){0,1}[0-9])";
    private static final String BYTES = "(?:" + BYTE + "\\.){3,3}" + BYTE;
    private static final String H = "[0-9a-fA-F]{1,4}";
    private static final String IP_V6 =
        "(?:(?:" + H + ":){7,7}" + H
            + "|(?:" + H + ":){1,7}:"
            + "|(?:" + H + ":){1,6}:" + H
            + "|(?:" + H + ":){1,5}(?::" + H + "){1,2}"
            + "|(?:" + H + ":){1,4}(?::" + H + "){1,3}"
            + "|(?:" + H + ":){1,3}(?::" + H + "){1,4}"
            + "|(?:" + H + ":){1,2}(?::" + H + "){1,5}"
            + "|" + H + ":(?:(?::" + H + "){1,6})"
            + "|:(?:(?::" + H + "){1,7}|:)"
            + "|fe80:(?::[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}"
            + "|::(?:ffff(:0{1,4}){0,1}:){0,1}" + BYTES
            + "|(?:" + H + ":){1,4}:" + BYTES + ")";

    static final Pattern DOMAIN =
        Pattern.compile(
            HOST + "|\\[" + IP_V4 + "\\]|\\[IPv6:" + IP_V6 + "\\]", Pattern.CASE_INSENSITIVE);
  }
}
