package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicTaggerTest {

  @Test
  void tagsByTopicVocabularyBestFirstAtMostThree() {
    assertThat(TopicTagger.tags("Caches are responsible for more outages than any other pattern."))
        .startsWith("distributed-systems")
        .contains("reliability");
    assertThat(TopicTagger.tags("Want to be understood? Write a document."))
        .containsExactly("writing");
    assertThat(TopicTagger.tags("Rust is becoming the default language for new data planes."))
        .contains("languages");
    assertThat(
            TopicTagger.tags(
                "A leader's job is to give teams the context, incentives and ownership they need to"
                    + " design reliable, distributed systems in the cloud."))
        .hasSize(TopicTagger.MAX_TAGS);
  }

  @Test
  void textWithNoTopicIsGeneral() {
    assertThat(TopicTagger.tags("Be kind.")).containsExactly(TopicTagger.GENERAL);
  }
}
