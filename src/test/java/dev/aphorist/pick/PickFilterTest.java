package dev.aphorist.pick;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickFilterTest {

  private final Quote caching =
      Quotes.quote("Caches bite.", 0.5, "Joe Magerramov", "distributed-systems");
  private final Quote anonymous = Quotes.quote("Nobody said it.", 0.5, null, "teams");

  @Test
  void anyAcceptsEverything() {
    assertThat(PickFilter.ANY.accepts(caching)).isTrue();
    assertThat(PickFilter.ANY.accepts(anonymous)).isTrue();
    assertThat(PickFilter.of(null, null).isAny()).isTrue();
  }

  @Test
  void namesCompareLooselyEnoughForPeople() {
    assertThat(PickFilter.byTag("#Distributed Systems").accepts(caching)).isTrue();
    assertThat(PickFilter.byTag("distributed_systems").accepts(caching)).isTrue();
    assertThat(PickFilter.byAuthor("joe MAGERRAMOV").accepts(caching)).isTrue();
    assertThat(PickFilter.byAuthor("Joe").accepts(caching)).isFalse();
  }

  @Test
  void handlesFindTheirAuthor() {
    Quote yan =
        new Quote(
            "abcdefghjk",
            "Incentives drive outcomes.",
            new Author("Yan Cui", "theburningmonk"),
            caching.source(),
            List.of(),
            0.5,
            null);

    assertThat(PickFilter.byAuthor("@TheBurningMonk").accepts(yan)).isTrue();
  }

  @Test
  void tagsAreAlternativesAuthorsAreAlternativesAndTogetherBothMustHold() {
    Quote joeOnTeams = Quotes.quote("Teams ship org charts.", 0.5, "Joe Magerramov", "teams");

    assertThat(PickFilter.of(Set.of("teams", "distributed-systems"), Set.of()).accepts(caching))
        .isTrue();
    assertThat(PickFilter.of(Set.of(), Set.of("Yan Cui", "Joe Magerramov")).accepts(caching))
        .isTrue();

    PickFilter teamsByJoe = PickFilter.of(Set.of("teams"), Set.of("Joe Magerramov"));
    assertThat(teamsByJoe.accepts(joeOnTeams)).isTrue();
    assertThat(teamsByJoe.accepts(caching)).as("Joe, but not on teams").isFalse();
    assertThat(teamsByJoe.accepts(anonymous)).as("on teams, but not by Joe").isFalse();
  }

  @Test
  void blankNamesAreIgnored() {
    assertThat(PickFilter.of(Set.of(" ", "#"), Set.of("")).isAny()).isTrue();
  }

  @Test
  void theCatalogAgreesWithAccepts() {
    List<Quote> quotes = new ArrayList<>(Quotes.numbered(0, 50));
    quotes.add(caching);
    quotes.add(anonymous);
    QuoteCatalog catalog = QuoteCatalog.of(new Corpus(quotes));
    List<PickFilter> filters =
        List.of(
            PickFilter.byTag("caching"),
            PickFilter.byTag("Distributed Systems"),
            PickFilter.byAuthor("even author"),
            PickFilter.of(Set.of("teams"), Set.of("Joe Magerramov")),
            PickFilter.of(Set.of("teams", "caching"), Set.of("even author", "odd author")),
            PickFilter.byTag("missing"));

    for (PickFilter filter : filters) {
      List<Quote> viaCatalog = new ArrayList<>();
      for (int position : catalog.eligible(filter)) {
        viaCatalog.add(catalog.quotes().get(position));
      }
      assertThat(viaCatalog)
          .as(filter.toString())
          .isEqualTo(catalog.quotes().stream().filter(filter::accepts).toList());
    }
    assertThat(catalog.eligible(PickFilter.ANY)).isNull();
  }
}
