package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.DocumentKind;
import org.junit.jupiter.api.Test;

class KindDetectorTest {

  @Test
  void countsMakeAProfileFurnitureAThreadAndProseABlog() {
    assertThat(KindDetector.detect("Bio\n\nA post.\n3\n40\nAnother.\n1\n2\n12"))
        .isEqualTo(DocumentKind.PROFILE_SCRAPE);
    assertThat(KindDetector.detect("Intro 🧵\nPoint one.\n• • •\nRead 12 tweets\nMore from @x"))
        .isEqualTo(DocumentKind.THREAD_UNROLL);
    assertThat(KindDetector.detect("Title\n\nA paragraph of prose.\n\nAnother paragraph."))
        .isEqualTo(DocumentKind.BLOG_POST);
  }
}
