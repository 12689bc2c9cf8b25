package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** General behaviour of the scorer on texts that are not in the seed documents. */
class QuotabilityScorerTest {

  private static double score(String text) {
    return score(text, QuotabilityScorer.Context.NONE);
  }

  private static double score(String text, QuotabilityScorer.Context context) {
    return QuotabilityScorer.score(TextCleaner.clean(text), context).value();
  }

  private static boolean kept(String text) {
    return score(text) >= QuotabilityScorer.THRESHOLD;
  }

  @Test
  void generalEngineeringClaimsAreKept() {
    assertThat(kept("The hardest part of any migration is the last ten percent of the data."))
        .isTrue();
    assertThat(kept("You should design every system so that the team on call can understand it."))
        .isTrue();
    assertThat(
            kept("Never ship a retry without a budget: retries turn small outages into big ones."))
        .isTrue();
  }

  @Test
  void anecdotesAnnouncementsThanksAndPoliticsAreDropped() {
    assertThat(kept("Took my daughter to her first hackathon last weekend and she loved it."))
        .isFalse();
    assertThat(kept("Excited to announce that our new feature is now available in every region!"))
        .isFalse();
    assertThat(kept("Thanks to everyone who came to my talk, you were a great audience!"))
        .isFalse();
    assertThat(kept("Whoever wins the election, the president should fund science.")).isFalse();
    assertThat(kept("A few thoughts on load shedding: example.com/blog/load-shed…")).isFalse();
  }

  @Test
  void contextDependenceCosts() {
    double alone = score("Queues hide overload until it is too late to shed it.");
    assertThat(score("And queues hide overload until it is too late to shed it."))
        .isLessThan(alone);
    assertThat(score("Queues hide overload until it is too late to shed it.", reply()))
        .isLessThan(alone);
  }

  @Test
  void quotedWordsOfASpeakerAreAGoodSign() {
    QuotabilityScorer.Context quoted =
        new QuotabilityScorer.Context(false, true, false, 0.0, Set.of());
    assertThat(score("Standards limit the upside of innovation", quoted))
        .isGreaterThan(score("Standards limit the upside of innovation"));
  }

  @Test
  void tooLongOrCutOffTextIsNeverKept() {
    assertThat(score("Systems fail. ".repeat(25))).isZero();
    assertThat(score("Distributed systems fail in ways that single host syst…")).isZero();
  }

  private static QuotabilityScorer.Context reply() {
    return new QuotabilityScorer.Context(true, false, false, 0.0, Set.of());
  }
}
