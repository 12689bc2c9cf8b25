package dev.aphorist.corpus.extract;

import java.util.Map;

/**
 * Decodes HTML character references (&amp;amp;, &amp;#8217;, &amp;#x2019;) left in scraped text.
 * Only references are decoded, never tags: scraped tweets legitimately contain text such as {@code
 * <fighting to hold back a smile>}, which an HTML stripper would delete.
 */
final class HtmlEntities {

  /** The named references that occur in scraped prose; numeric references cover the rest. */
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", "\u00a0"),
          Map.entry("ensp", "\u2002"),
          Map.entry("emsp", "\u2003"),
          Map.entry("thinsp", "\u2009"),
          Map.entry("shy", "\u00ad"),
          Map.entry("zwj", "\u200d"),
          Map.entry("zwnj", "\u200c"),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("hellip", "\u2026"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("sbquo", "\u201a"),
          Map.entry("ldquo", "\u201c"),
          Map.entry("rdquo", "\u201d"),
          Map.entry("bdquo", "\u201e"),
          Map.entry("laquo", "\u00ab"),
          Map.entry("raquo", "\u00bb"),
          Map.entry("bull", "\u2022"),
          Map.entry("middot", "\u00b7"),
          Map.entry("prime", "\u2032"),
          Map.entry("copy", "\u00a9"),
          Map.entry("reg", "\u00ae"),
          Map.entry("trade", "\u2122"),
          Map.entry("deg", "\u00b0"),
          Map.entry("times", "\u00d7"),
          Map.entry("divide", "\u00f7"),
          Map.entry("plusmn", "\u00b1"),
          Map.entry("larr", "\u2190"),
          Map.entry("rarr", "\u2192"),
          Map.entry("uarr", "\u2191"),
          Map.entry("darr", "\u2193"),
          Map.entry("euro", "\u20ac"),
          Map.entry("pound", "\u00a3"),
          Map.entry("cent", "\u00a2"),
          Map.entry("yen", "\u00a5"),
          Map.entry("sect", "\u00a7"),
          Map.entry("para", "\u00b6"),
          Map.entry("iexcl", "\u00a1"),
          Map.entry("iquest", "\u00bf"),
          Map.entry("aacute", "\u00e1"),
          Map.entry("eacute", "\u00e9"),
          Map.entry("iacute", "\u00ed"),
          Map.entry("oacute", "\u00f3"),
          Map.entry("uacute", "\u00fa"),
          Map.entry("agrave", "\u00e0"),
          Map.entry("egrave", "\u00e8"),
          Map.entry("auml", "\u00e4"),
          Map.entry("ouml", "\u00f6"),
          Map.entry("uuml", "\u00fc"),
          Map.entry("szlig", "\u00df"),
          Map.entry("ccedil", "\u00e7"),
          Map.entry("ntilde", "\u00f1"));

  /** Longest reference we look for, "&#x10FFFF;" or a named one. */
  private static final int MAX_REFERENCE = 12;

  private HtmlEntities() {}

  /**
   * Decodes every reference; text that was encoded twice (&amp;amp;#8217;) is decoded until stable,
   * since scrapers sometimes escape the ampersand of an existing reference.
   */
  static String decode(String text) {
    String current = text;
    for (int pass = 0; pass < 3 && current.indexOf('&') >= 0; pass++) {
      String next = decodeOnce(current);
      if (next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  private static String decodeOnce(String text) {
    StringBuilder out = null;
    int copied = 0;
    int length = text.length();
    for (int i = text.indexOf('&'); i >= 0 && i < length; i = text.indexOf('&', i + 1)) {
      int semicolon = -1;
      for (int j = i + 1; j < length && j <= i + MAX_REFERENCE; j++) {
        char c = text.charAt(j);
        if (c == ';') {
          semicolon = j;
          break;
        }
        if (!Character.isLetterOrDigit(c) && c != '#') {
          break;
        }
      }
      if (semicolon < 0) {
        continue;
      }
      String replacement = resolve(text.substring(i + 1, semicolon));
      if (replacement == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(length);
      }
      out.append(text, copied, i).append(replacement);
      copied = semicolon + 1;
      i = semicolon;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, length).toString();
  }

  private static String resolve(String name) {
    if (name.length() > 1 && name.charAt(0) == '#') {
      try {
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        int codePoint =
            hex ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        if (codePoint > 0 && Character.isValidCodePoint(codePoint)) {
          return new String(Character.toChars(codePoint));
        }
      } catch (NumberFormatException e) {
        return null;
      }
      return null;
    }
    return NAMED.get(name);
  }
}
