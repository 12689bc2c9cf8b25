package dev.aphorist.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  private final CorpusGenerator generator = CorpusGenerator.fromProject(Path.of("corpus"));

  @Test
  void generatesTheRequestedNumberOfDistinctValidQuotes() {
    Corpus corpus = generator.generate(2_000, 1);

    assertThat(corpus.size()).isEqualTo(2_000);
    assertThat(corpus.quotes())
        .allSatisfy(
            q -> {
              assertThat(q.text().length()).isBetween(1, Quote.MAX_LENGTH);
              assertThat(q.tags()).isNotEmpty();
            });
  }

  @Test
  void theSameSeedGivesTheSameCorpus() {
    assertThat(generator.generate(500, 9).quotes()).isEqualTo(generator.generate(500, 9).quotes());
    assertThat(generator.generate(500, 9).quotes())
        .isNotEqualTo(generator.generate(500, 10).quotes());
  }

  @Test
  void queriesAndPrefixesComeFromTheVocabulary() {
    Corpus corpus = generator.generate(1_000, 1);

    assertThat(generator.queries(corpus, 100, 1))
        .hasSize(100)
        .allSatisfy(q -> assertThat(q).isNotBlank());
    assertThat(generator.prefixes(100, 1)).hasSize(100);
    assertThat(generator.authorPrefixes(corpus, 100, 1)).hasSize(100);
  }
}
