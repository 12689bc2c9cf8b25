package dev.aphorist.corpus.extract;

/**
 * Brings scraped text to one form before any reader looks at it: LF line endings, HTML references
 * decoded, every kind of space a plain space, invisible format characters removed. Curly quotes,
 * dashes and emoji are kept: they are part of the text and the readers understand them.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** The normalized form of a whole document. */
  public static String normalize(String text) {
    String decoded = text.indexOf('&') >= 0 ? HtmlEntities.decode(text) : text;
    StringBuilder out = new StringBuilder(decoded.length());
    int length = decoded.length();
    for (int i = 0; i < length; i++) {
      char c = decoded.charAt(i);
      switch (c) {
        case '\r' -> {
          out.append('\n');
          if (i + 1 < length && decoded.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\u2028', '\u2029', '\u000b', '\u000c', '\u0085' -> out.append('\n');
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
            '\u3000' ->
            out.append(' ');
        // Zero-width spaces, word joiners, byte order marks and soft hyphens are invisible
        // and only break word matching. The zero-width joiner stays: emoji sequences need it.
        case '\u200b', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f' -> {}
        default -> {
          if (c < 0x20 && c != '\n') {
            break;
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
