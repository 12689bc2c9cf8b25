package dev.aphorist.corpus.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusCheckTest {

  private static Quote quote(String text, String... tags) {
    return new Quote(
        QuoteId.of(text),
        text,
        null,
        new Source("x.txt", null, DocumentKind.BLOG_POST, null),
        List.of(tags),
        0.5,
        null);
  }

  @Test
  void aCleanCorpusHasNoProblems() {
    assertThat(
            CorpusCheck.problems(
                new Corpus(List.of(quote("Caches hide failures.", "reliability")))))
        .isEmpty();
  }

  @Test
  void everyRuleIsReportedWithTheQuoteId() {
    Quote url = quote("Read this: https://example.com/x");
    Quote reply = quote("Replying to @joe it depends");
    Quote counter = quote("Deployments are hard. 1/");
    Quote counts = quote("A post\n12,682\n131K");
    Quote tag = quote("Fine text.", "Not Kebab");
    Quote boilerplate = quote("Read 13 tweets");
    Quote longText = quote("x".repeat(281));
    Quote original =
        quote("Caches are responsible for more outage minutes than most other design patterns.");
    Quote near =
        quote("Caches are responsible for more outage minutes than many other design patterns.");
    List<String> problems =
        CorpusCheck.problems(
            new Corpus(
                List.of(url, reply, counter, counts, tag, boilerplate, longText, original, near)));
    assertThat(problems)
        .contains(
            "quote " + url.id() + ": text contains a URL",
            "quote " + reply.id() + ": text contains a reply marker",
            "quote " + counter.id() + ": text contains a thread counter",
            "quote " + counts.id() + ": text contains an engagement count line",
            "quote " + tag.id() + ": tag 'Not Kebab' is not lower-case kebab-case",
            "quote " + boilerplate.id() + ": text contains site boilerplate",
            "quote " + longText.id() + ": text is 281 characters, over 280");
    assertThat(problems).anyMatch(p -> p.contains("near-duplicate"));
  }
}
