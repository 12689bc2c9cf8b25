package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconIndexTest {

  private final Lexicon teams = Lexicon.of("team", "two-pizza team", "on the hook");
  private final Lexicon time = Lexicon.of("today", "this week");
  private final LexiconIndex index = new LexiconIndex(List.of(teams, time));

  @Test
  void countsDistinctEntriesAndPositionsPerLexiconInOnePass() {
    LexiconIndex.Hits hits =
        index.hits(Words.of("Teams, a team and a two-pizza team are on the hook today."));
    assertThat(hits.distinct(teams)).as("team, two-pizza team, on the hook").isEqualTo(3);
    assertThat(hits.all(index.slotOf(teams)))
        .as("teams, team, two-pizza team, on the hook")
        .isEqualTo(5);
    assertThat(hits.distinct(index.slotOf(time))).isEqualTo(1);
  }

  @Test
  void pluralsAndCurlyApostrophesFold() {
    assertThat(Words.of("Don’t break systems’ teams").list())
        .extracting(Words.Word::folded)
        .containsExactly("don't", "break", "system", "team");
    WordPool pool = new WordPool();
    assertThat(Words.of("Teams and TEAMS", pool).list())
        .extracting(Words.Word::folded)
        .containsExactly("team", "and", "team");
    assertThat(Words.of("DNS is fine", pool).list().get(0).allCaps()).isTrue();
  }
}
