package io.github.slaframework.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * RFC 6901 JSON Pointers as text, the form of {@link Finding#path()}: for building the path of a
 * finding (a {@code CheckProvider} naming a field whose name holds {@code /} or {@code ~}),
 * taking one apart and ordering them. The one implementation every module uses. Pure and
 * thread-safe.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class JsonPointer {

  private JsonPointer() {}

  /**
   * Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   *
   * @param token an unescaped member name
   * @return the escaped token; {@code token} itself when nothing needed escaping
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer of a member of the object at {@code base}.
   *
   * @param base a pointer, {@code ""} for the root
   * @param member the unescaped member name
   * @return the pointer
   */
  public static String child(String base, String member) {
    return base + "/" + escape(member);
  }

  /**
   * The pointer of an element of the array at {@code base}.
   *
   * @param base a pointer, {@code ""} for the root
   * @param index the element's index
   * @return the pointer
   */
  public static String child(String base, int index) {
    return base + "/" + index;
  }

  /**
   * The unescaped reference tokens of a pointer.
   *
   * @param pointer a pointer
   * @return its tokens in order (none for {@code ""}), or an empty {@code Optional} when the text
   *     is no pointer (it neither is empty nor starts with {@code /})
   */
  public static Optional<List<String>> tokens(String pointer) {
    if (pointer == null || (!pointer.isEmpty() && pointer.charAt(0) != '/')) {
      return Optional.empty();
    }
    List<String> tokens = new ArrayList<>();
    int start = 1;
    while (start <= pointer.length()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      String token = pointer.substring(start, end);
      if (token.indexOf('~') >= 0) {
        token = token.replace("~1", "/").replace("~0", "~");
      }
      tokens.add(token);
      start = end + 1;
    }
    return Optional.of(tokens);
  }

  /**
   * Whether a pointer is another one or lies under it.
   *
   * @param pointer a pointer
   * @param ancestor a possible ancestor
   * @return {@code true} when equal or a descendant; every pointer lies under {@code ""}
   */
  public static boolean isWithin(String pointer, String ancestor) {
    return pointer.equals(ancestor) || ancestor.isEmpty() || pointer.startsWith(ancestor + "/");
  }

  /**
   * Compares two pointers token by token, array indexes as numbers, so {@code /a/2} comes before
   * {@code /a/10}.
   *
   * @param a a pointer
   * @param b another pointer
   * @return negative, zero or positive
   */
  public static int compare(String a, String b) {
    String[] as = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] bs = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(as.length, bs.length); i++) {
      int c = compareTokens(as[i], bs[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(as.length, bs.length);
  }

  private static int compareTokens(String a, String b) {
    boolean an = isIndex(a);
    boolean bn = isIndex(b);
    if (an && bn) {
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
