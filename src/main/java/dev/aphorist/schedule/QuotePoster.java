package dev.aphorist.schedule;

import java.time.Instant;

/**
 * Posts a quote to a Discord channel: the engine's only way out to Discord (the Discord adapter
 * implements it with JDA; tests and the benchmark use fakes).
 *
 * <p>Every attempt of one delivery sends the same {@code nonce}; the implementation must send it
 * with {@code enforce_nonce: true}, so that Discord answers a repeated request, within its nonce
 * window, with the message the first one created instead of a second message. Implementations must
 * be thread-safe: the dispatcher calls them from several worker threads.
 */
public interface QuotePoster {

  /** Posts the quote; never throws for Discord's answers, only reports them. */
  PostOutcome post(long channelId, String quoteId, String nonce);

  /**
   * Looks for a message an earlier attempt may have created, after Discord's nonce window has
   * passed and a repeated nonce would no longer be recognized. Called only for a delivery whose
   * earlier attempt ended without a known outcome (a crash or a timeout).
   *
   * @param since when that attempt started
   * @return by default {@link PriorPost.Unknown}: the engine then gives up on the day rather than
   *     risk a second message
   */
  default PriorPost findPrior(long channelId, String nonce, Instant since) {
    return new PriorPost.Unknown();
  }
}
