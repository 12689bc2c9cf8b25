package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Metrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileScrapeReaderTest {

  private final ProfileScrapeReader reader = new ProfileScrapeReader();

  private List<Passage> read(String... lines) {
    return reader.read(String.join("\n", lines));
  }

  @Test
  void theHeaderBeforeTheFirstBlankLineIsNotAPost() {
    List<Passage> passages =
        read("Engineer at Example. Views my own.", "", "Caches hide failures.", "3", "7", "90");
    assertThat(passages).hasSize(2);
    assertThat(passages.get(0).rejection()).isEqualTo("profile header");
    assertThat(passages.get(1).text()).isEqualTo("Caches hide failures.");
    assertThat(passages.get(1).line()).isEqualTo(3);
    assertThat(passages.get(1).metrics()).isEqualTo(new Metrics(3L, 7L, 90L, null));
  }

  @Test
  void postsAreSeparatedByRunsOfCountsInAnyFormat() {
    List<Passage> passages =
        read("First post.", "1.2K", "12K", "1M", "Second post.", "5", "Third post.", "1,234");
    assertThat(passages)
        .extracting(Passage::text)
        .containsExactly("First post.", "Second post.", "Third post.");
    assertThat(passages.get(0).metrics()).isEqualTo(new Metrics(null, 1_200L, 12_000L, 1_000_000L));
    assertThat(passages.get(2).metrics().likes()).isEqualTo(1_234L);
  }

  @Test
  void aReplyIsFlagged() {
    List<Passage> passages = read("Replying to @norootcause", "By being boring.", "3", "80");
    assertThat(passages)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reply()).isTrue();
              assertThat(p.voice()).isEqualTo(Voice.AUTHOR);
              assertThat(p.text()).isEqualTo("By being boring.");
            });
  }

  @Test
  void aLineAfterTheOwnersPostIsAQuotedPostBySomeoneElse() {
    List<Passage> passages =
        read(
            "Happy that we made the right decision here.",
            "Amazon pledged to keep paying hourly staff.",
            "10",
            "79");
    assertThat(passages).hasSize(2);
    assertThat(passages.get(0).voice()).isEqualTo(Voice.AUTHOR);
    assertThat(passages.get(0).metrics()).isNotNull();
    assertThat(passages.get(1).voice()).isEqualTo(Voice.OTHER);
    assertThat(passages.get(1).speaker()).isNull();
    assertThat(passages.get(1).metrics()).as("the counts are the owner's post's").isNull();
  }

  @Test
  void aQuotedReplyIsTheQuotedPostsNotTheOwners() {
    List<Passage> passages =
        read(
            "Imagine thinking that saying no to a late meeting is weakness.",
            "Replying to @DanRose999",
            "She refused late meetings.",
            "2",
            "53");
    assertThat(passages.get(0).reply()).isFalse();
    assertThat(passages.get(1).voice()).isEqualTo(Voice.OTHER);
    assertThat(passages.get(1).reply()).isTrue();
  }

  @Test
  void aNamedQuotedAuthorIsKept() {
    List<Passage> passages =
        read("So true.", "Charity Majors @mipsytipsy · Mar 3", "Include ICs in calibrations.", "4");
    assertThat(passages.get(1).speaker()).isEqualTo(new Author("Charity Majors", "mipsytipsy"));
    assertThat(passages.get(1).text()).isEqualTo("Include ICs in calibrations.");
  }

  @Test
  void aLineThatContinuesTheSentenceIsPartOfThePost() {
    List<Passage> passages =
        read("Both of these are true:", "• Caches cause outages.", "• Caches are essential.", "7");
    assertThat(passages)
        .singleElement()
        .extracting(Passage::text)
        .isEqualTo("Both of these are true: • Caches cause outages. • Caches are essential.");
  }
}
