package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadUnrollReaderTest {

  private final ThreadUnrollReader reader = new ThreadUnrollReader();

  @Test
  void everythingAfterTheEndOfTheThreadIsRejected() {
    List<Passage> passages =
        reader.read(
            String.join(
                "\n",
                "Great session on standards.",
                "\"We use standards very sparingly\"",
                "https://t.co/abc",
                "🧵",
                "• • •",
                "Missing some Tweet in this thread? You can try to force a refresh",
                "More from @theburningmonk",
                "3 Dec",
                "Use roles, not users.",
                "Read 13 tweets",
                "You May Also Like",
                "\"I really want to break into Product Management\"",
                "Become a Premium Member ($3/month or $30/year) and get exclusive features!"));
    List<Passage> candidates = passages.stream().filter(Passage::isCandidate).toList();
    assertThat(candidates)
        .extracting(Passage::text)
        .containsExactly("Great session on standards.", "\"We use standards very sparingly\"");
    assertThat(passages)
        .filteredOn(p -> p.text().equals("Use roles, not users."))
        .singleElement()
        .extracting(Passage::rejection)
        .isEqualTo("teaser of another thread");
    assertThat(passages)
        .filteredOn(p -> p.text().startsWith("\"I really"))
        .singleElement()
        .extracting(Passage::rejection)
        .isEqualTo("another author's thread");
  }

  @Test
  void retweetsAreSomeoneElses() {
    List<Passage> passages = reader.read("RT @someone: queues need backpressure");
    assertThat(passages).singleElement().extracting(Passage::voice).isEqualTo(Voice.OTHER);
  }
}
