package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Metrics;
import java.util.Objects;

/**
 * A candidate passage found by a {@link DocumentReader}: the raw text of one post, line or
 * paragraph with what the document says about it. Readers decide structure and voice; they never
 * judge quotability, except that they may reject what is structurally not content (site
 * boilerplate, a profile header) by giving a {@code rejection}.
 *
 * @param text the passage text, not yet cleaned
 * @param line 1-based line of the document where the passage starts
 * @param voice whose words these are
 * @param speaker who said them when the document names someone else (a quoted tweet's author), or
 *     null
 * @param reply true when the post answers another ("Replying to @x")
 * @param metrics engagement counts shown with the post, or null
 * @param shape how the extractor may cut it into quotes
 * @param rejection why the reader already knows it is not a quote (e.g. "site boilerplate"), or
 *     null for a real candidate
 */
public record Passage(
    String text,
    int line,
    Voice voice,
    Author speaker,
    boolean reply,
    Metrics metrics,
    Shape shape,
    String rejection) {

  public Passage {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(shape, "shape");
  }

  /** A post by the document's author. */
  public static Passage post(String text, int line) {
    return new Passage(text, line, Voice.AUTHOR, null, false, null, Shape.POST, null);
  }

  /** A paragraph of prose by the document's author. */
  public static Passage prose(String text, int line) {
    return new Passage(text, line, Voice.AUTHOR, null, false, null, Shape.PROSE, null);
  }

  /** Something the reader knows is not content. */
  public static Passage rejected(String text, int line, String why) {
    return new Passage(text, line, Voice.AUTHOR, null, false, null, Shape.POST, why);
  }

  public Passage withVoice(Voice newVoice, Author newSpeaker) {
    return new Passage(text, line, newVoice, newSpeaker, reply, metrics, shape, rejection);
  }

  public Passage withReply(boolean isReply) {
    return new Passage(text, line, voice, speaker, isReply, metrics, shape, rejection);
  }

  public Passage withMetrics(Metrics newMetrics) {
    return new Passage(text, line, voice, speaker, reply, newMetrics, shape, rejection);
  }

  public Passage withRejection(String why) {
    return new Passage(text, line, voice, speaker, reply, metrics, shape, why);
  }

  /** True when the reader found it to be a real candidate. */
  public boolean isCandidate() {
    return rejection == null;
  }
}
