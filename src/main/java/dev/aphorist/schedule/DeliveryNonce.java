package dev.aphorist.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

/**
 * The nonce of a delivery: derived from the subscription, its channel and the local date only, so
 * that every attempt of that day - in any process, after any crash - sends the same one, and
 * Discord (with enforce_nonce) returns the first message instead of creating a second.
 *
 * <p>A string of at most 19 decimal digits (Discord allows 25 characters); the channel id is part
 * of the input so that two deployments sharing a bot never produce the same nonce for different
 * channels.
 */
public final class DeliveryNonce {

  private DeliveryNonce() {}

  public static String of(long subscriptionId, long channelId, LocalDate localDate) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest(
              ("aphorist-qotd:" + subscriptionId + ":" + channelId + ":" + localDate)
                  .getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (digest[i] & 0xff);
      }
      return Long.toString(value & Long.MAX_VALUE);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
