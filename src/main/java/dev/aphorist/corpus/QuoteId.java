package dev.aphorist.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable quote ids derived from normalized text: the same words give the same id whatever the
 * whitespace, punctuation, case or Unicode form, so rebuilding an unchanged corpus keeps its ids.
 */
public final class QuoteId {

  /** Crockford's base 32: no i, l, o or u, so ids read aloud and typed by hand are unambiguous. */
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  /** Ten characters carry 50 bits: collisions stay improbable even at a million quotes. */
  public static final int LENGTH = 10;

  private QuoteId() {}

  /** The id of a quote text. */
  public static String of(String text) {
    byte[] digest = sha256(normalize(text).getBytes(StandardCharsets.UTF_8));
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (digest[i] & 0xff);
    }
    char[] id = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      id[i] = ALPHABET.charAt((int) ((bits >>> (64 - 5 * (i + 1))) & 31));
    }
    return new String(id);
  }

  /** True when the string has the shape of an id (it may still name no quote). */
  public static boolean isWellFormed(String candidate) {
    if (candidate == null || candidate.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < candidate.length(); i++) {
      if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The comparison form of a text: NFKC, lower case, letters and digits only, words separated by
   * one space. Two passages with the same normal form are the same passage.
   */
  public static String normalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(cp);
      } else if (cp != '\'' && cp != '\u2019') {
        // Apostrophes join ("don't" == "dont"); everything else separates words.
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
