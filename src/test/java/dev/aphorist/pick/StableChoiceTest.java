package dev.aphorist.pick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StableChoiceTest {

  private static final Quote LOW = Quotes.quote("Low.", 0.0, "A", "t");
  private static final Quote MID = Quotes.quote("Mid.", 0.5, "A", "t");
  private static final Quote HIGH = Quotes.quote("High.", 1.0, "A", "t");

  @Test
  void choicesAreProportionalToWeight() {
    QuoteCatalog catalog = QuoteCatalog.of(new Corpus(List.of(LOW, MID, HIGH)));
    Map<String, Integer> counts = new HashMap<>();
    int draws = 30_000;
    for (long seed = 0; seed < draws; seed++) {
      Quote chosen = StableChoice.choose(catalog, null, Set.of(), seed * 7919).orElseThrow();
      counts.merge(chosen.text(), 1, Integer::sum);
    }
    // Weights 0.25, 0.75 and 1.25 of 2.25 in all.
    assertThat(counts.get("Low.") / (double) draws).isCloseTo(0.25 / 2.25, within(0.01));
    assertThat(counts.get("Mid.") / (double) draws).isCloseTo(0.75 / 2.25, within(0.015));
    assertThat(counts.get("High.") / (double) draws).isCloseTo(1.25 / 2.25, within(0.015));
  }

  @Test
  void excludedQuotesAreNeverChosenAndWhenAllAreExcludedThereIsNoChoice() {
    List<Quote> many = new ArrayList<>(Quotes.numbered(0, 200));
    QuoteCatalog catalog = QuoteCatalog.of(new Corpus(many));
    Set<String> allButOne = new java.util.HashSet<>();
    many.subList(1, many.size()).forEach(q -> allButOne.add(q.id()));

    for (long seed = 0; seed < 50; seed++) {
      assertThat(StableChoice.choose(catalog, null, allButOne, seed)).contains(many.get(0));
    }
    allButOne.add(many.get(0).id());
    assertThat(StableChoice.choose(catalog, null, allButOne, 1)).isEmpty();
  }

  @Test
  void theChoiceDependsOnTheSeedNotOnTheCorpusOrder() {
    List<Quote> quotes = new ArrayList<>(Quotes.numbered(0, 5_000));
    QuoteCatalog ordered = QuoteCatalog.of(new Corpus(quotes));
    Collections.shuffle(quotes, new Random(3));
    QuoteCatalog shuffled = QuoteCatalog.of(new Corpus(quotes));
    Set<String> shown = Set.of(quotes.get(0).id(), quotes.get(1).id());

    for (long seed = 100; seed < 200; seed++) {
      assertThat(StableChoice.choose(shuffled, null, shown, seed))
          .isEqualTo(StableChoice.choose(ordered, null, shown, seed));
    }
  }
}
