package dev.aphorist.pick;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomPickerTest {

  private final Corpus corpus = Quotes.corpus(Quotes.numbered(0, 30));

  private RandomPicker picker(int avoidLast) {
    return new RandomPicker(new SplittableRandom(1234), avoidLast);
  }

  @Test
  void neverRepeatsOneOfTheLastFewQuotesOfTheChannel() {
    RandomPicker picker = picker(10);
    List<String> picks = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      picks.add(picker.pick(corpus, 1, PickFilter.ANY).orElseThrow().id());
    }

    for (int i = 10; i < picks.size(); i++) {
      assertThat(picks.subList(i - 10, i)).doesNotContain(picks.get(i));
    }
  }

  @Test
  void quotesShownElsewhereAreAvoidedToo() {
    RandomPicker picker = picker(29);
    for (Quote quote : corpus.quotes().subList(1, 30)) {
      picker.noteShown(1, quote.id());
    }

    assertThat(picker.pick(corpus, 1, PickFilter.ANY)).contains(corpus.quotes().get(0));
  }

  @Test
  void channelsHaveTheirOwnMemory() {
    RandomPicker picker = picker(29);
    corpus.quotes().subList(1, 30).forEach(q -> picker.noteShown(1, q.id()));

    assertThat(picker.recentlyShown(2)).isEmpty();
    assertThat(picker.recentlyShown(1)).hasSize(29);
  }

  @Test
  void byTopicOrAuthor() {
    RandomPicker picker = picker(3);
    for (int i = 0; i < 50; i++) {
      assertThat(picker.pick(corpus, 1, PickFilter.byTag("caching")).orElseThrow().tags())
          .contains("caching");
      assertThat(
              picker.pick(corpus, 1, PickFilter.byAuthor("odd author")).orElseThrow().authorName())
          .isEqualTo("Odd Author");
    }
  }

  @Test
  void aSmallFilterStillAnswersAvoidingAtLeastTheLastQuote() {
    Quote a = Quotes.quote("Only caching quote A.", 0.5, "X", "tiny");
    Quote b = Quotes.quote("Only caching quote B.", 0.5, "X", "tiny");
    Corpus small = new Corpus(List.of(a, b));
    RandomPicker picker = picker(10);

    String previous = picker.pick(small, 1, PickFilter.byTag("tiny")).orElseThrow().id();
    for (int i = 0; i < 20; i++) {
      String next = picker.pick(small, 1, PickFilter.byTag("tiny")).orElseThrow().id();
      assertThat(next).isNotEqualTo(previous);
      previous = next;
    }
  }

  @Test
  void aSingleEligibleQuoteIsStillReturned() {
    Quote only = Quotes.quote("The only one.", 0.5, "X", "solo");
    RandomPicker picker = picker(10);

    assertThat(picker.pick(new Corpus(List.of(only)), 1, PickFilter.ANY)).contains(only);
    assertThat(picker.pick(new Corpus(List.of(only)), 1, PickFilter.ANY)).contains(only);
  }

  @Test
  void nothingEligibleIsEmpty() {
    assertThat(picker(3).pick(corpus, 1, PickFilter.byTag("nope"))).isEmpty();
    assertThat(picker(3).pick(new Corpus(List.of()), 1, PickFilter.ANY)).isEmpty();
  }

  @Test
  void everyEligibleQuoteComesUp() {
    RandomPicker picker = picker(0);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < 3000; i++) {
      counts.merge(picker.pick(corpus, 1, PickFilter.ANY).orElseThrow().id(), 1, Integer::sum);
    }

    assertThat(counts).hasSize(30);
    assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(50, 160));
  }
}
