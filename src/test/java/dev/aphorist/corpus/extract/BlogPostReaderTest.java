package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlogPostReaderTest {

  private final BlogPostReader reader = new BlogPostReader();

  @Test
  void theTitleItsRepeatsAndTheReadTimeAreNotProse() {
    List<Passage> passages =
        reader.read("Moving On\n8 min read\n\nMoving On\n\nTeams ship what they own.");
    assertThat(passages)
        .extracting(Passage::rejection)
        .containsExactly("title", "site boilerplate", "title", null);
    assertThat(passages.get(3).shape()).isEqualTo(Shape.PROSE);
    assertThat(passages.get(3).line()).isEqualTo(6);
  }

  @Test
  void hardWrappedLinesAreJoinedAndHeadingsStandAlone() {
    List<Passage> passages =
        reader.read(
            String.join(
                "\n",
                "A Title",
                "",
                "Why writing matters",
                "Writing is how engineers at a large company share a design with people",
                "they will never meet, and how decisions outlive the meeting where they",
                "were made.",
                "",
                "  • First item.",
                "  • Second item."));
    assertThat(passages.stream().filter(Passage::isCandidate).map(Passage::text))
        .containsExactly(
            "Why writing matters",
            "Writing is how engineers at a large company share a design with people they will"
                + " never meet, and how decisions outlive the meeting where they were made.",
            "First item.",
            "Second item.");
  }
}
