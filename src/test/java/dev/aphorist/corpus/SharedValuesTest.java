package dev.aphorist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

  /** A quote whose author, source and tags are fresh copies, as a JSON parser makes them. */
  private static Quote quote(String text, String author, List<String> tags) {
    List<String> tagCopies = new ArrayList<>();
    tags.forEach(t -> tagCopies.add(new String(t)));
    return new Quote(
        QuoteId.of(text),
        text,
        author == null ? null : new Author(new String(author), new String("@" + author)),
        new Source(new String("talk.txt"), new String("A talk"), DocumentKind.BLOG_POST, null),
        tagCopies,
        0.5,
        null);
  }

  @Test
  void equalValuesBecomeOneInstanceAndNothingElseChanges() {
    List<Quote> quotes =
        List.of(
            quote("Caches are hard to invalidate.", "ada", List.of("caching", "design")),
            quote("Names are hard to choose.", "ada", List.of("caching", "design")),
            quote("Tests say what the code does.", null, List.of("design")),
            quote("Small steps go far.", "grace", List.of("design", "caching")));
    Corpus corpus = new Corpus(quotes);

    Corpus shared = SharedValues.of(corpus);

    assertThat(shared.quotes()).isEqualTo(corpus.quotes());
    List<Quote> q = shared.quotes();
    assertThat(q.get(1).author()).isSameAs(q.get(0).author());
    assertThat(q.get(2).author()).isNull();
    assertThat(q.get(3).author()).isNotSameAs(q.get(0).author());
    assertThat(q.get(1).source()).isSameAs(q.get(0).source());
    assertThat(q.get(3).source()).isSameAs(q.get(0).source());
    assertThat(q.get(1).tags()).isSameAs(q.get(0).tags());
    // Different lists still share their topic names.
    assertThat(q.get(2).tags().get(0)).isSameAs(q.get(0).tags().get(1));
    assertThat(q.get(3).tags().get(1)).isSameAs(q.get(0).tags().get(0));
  }
}
