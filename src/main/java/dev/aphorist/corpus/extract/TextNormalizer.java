package dev.aphorist.corpus.extract;

/**
 * Brings scraped text to one form before any reader looks at it: LF line endings, HTML references
 * decoded, every kind of space a plain space, invisible format characters removed. Curly quotes,
 * dashes and emoji are kept: they are part of the text and the readers understand them.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String normalize(String text) {
    String decoded = text.indexOf('&') >= 0 ? HtmlEntities.decode(text) : text;
    int length = decoded.length();
    StringBuilder out = null;
    int copied = 0; // decoded[copied, i) is still to be copied unchanged
    for (int i = 0; i < length; i++) {
      char c = decoded.charAt(i);
      if (c >= ' ' && c < 0x7f) {
        continue; // printable ASCII: the common case, copied in runs
      }
      if (c == '\n') {
        continue;
      }
      String replacement = replacement(decoded, i, c);
      if (replacement == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(length);
      }
      out.append(decoded, copied, i).append(replacement);
      if (c == '\r' && i + 1 < length && decoded.charAt(i + 1) == '\n') {
        i++;
      }
      copied = i + 1;
    }
    if (out == null) {
      return decoded;
    }
    return out.append(decoded, copied, length).toString();
  }

  /** What a character becomes, or null when it stays. */
  private static String replacement(String text, int at, char c) {
    switch (c) {
      case '\r', '\u2028', '\u2029', '\u000b', '\u000c', '\u0085':
        return "\n";
      case '\t',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u2001',
      '\u2002',
      '\u2003',
      '\u2004',
      '\u2005',
      '\u2006',
      '\u2007',
      '\u2008',
      '\u2009',
      '\u200a',
      '\u202f',
      '\u205f',
      '\u3000':
        return " ";
      // Zero-width spaces, word joiners, byte order marks and soft hyphens are invisible and
      // only break word matching. The zero-width joiner stays: emoji sequences need it.
      case '\u200b', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f':
        return "";
      default:
        return c < 0x20 ? "" : null;
    }
  }
}
