package dev.aphorist.corpus.extract;

/**
 * Shares the strings of repeated words while one document is read: a scrape of a hundred thousand
 * posts uses a few thousand distinct words, and making a new string for each of its millions of
 * words is most of the garbage extraction produces. Looks a word up by its characters, so a word
 * already seen costs no allocation. One pool per extraction; not thread-safe.
 */
final class WordPool {

  private String[] plain = new String[1024];
  private String[] folded = new String[1024];
  private int size;

  /** The index of the word {@code text[start, end)}: lower case, curly apostrophes straight. */
  int intern(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + normal(text.charAt(i));
    }
    return intern(text, start, end, hash);
  }

  /**
   * As {@link #intern(String, int, int)}, with the word's hash already computed by the caller:
   * {@code h = 31 * h + normal(c)} over its characters, as {@link String#hashCode} of the word.
   */
  int intern(String text, int start, int end, int hash) {
    int mask = plain.length - 1;
    int slot = mix(hash) & mask;
    while (plain[slot] != null) {
      if (sameWord(plain[slot], text, start, end)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    char[] chars = new char[end - start];
    for (int i = start; i < end; i++) {
      chars[i - start] = normal(text.charAt(i));
    }
    String word = new String(chars);
    plain[slot] = word;
    folded[slot] = Words.fold(word);
    if (++size * 2 > plain.length) {
      grow();
      return find(word);
    }
    return slot;
  }

  String plain(int index) {
    return plain[index];
  }

  String folded(int index) {
    return folded[index];
  }

  private int find(String word) {
    int mask = plain.length - 1;
    int slot = mix(word.hashCode()) & mask;
    while (!plain[slot].equals(word)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    String[] oldPlain = plain;
    String[] oldFolded = folded;
    plain = new String[oldPlain.length * 2];
    folded = new String[oldPlain.length * 2];
    int mask = plain.length - 1;
    for (int i = 0; i < oldPlain.length; i++) {
      if (oldPlain[i] != null) {
        int slot = mix(oldPlain[i].hashCode()) & mask;
        while (plain[slot] != null) {
          slot = (slot + 1) & mask;
        }
        plain[slot] = oldPlain[i];
        folded[slot] = oldFolded[i];
      }
    }
  }

  private static boolean sameWord(String word, String text, int start, int end) {
    if (word.length() != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (word.charAt(i - start) != normal(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The character as it is stored: lower case, with a straight apostrophe. */
  static char normal(char c) {
    if (c == '’') {
      return '\'';
    }
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  /** Spreads String-style hashes over the table. */
  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
