package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitsAtSentenceEndsFollowedByASentenceStart() {
    assertThat(Sentences.split("Make it boring. Making it scale. Make the right decision."))
        .containsExactly("Make it boring.", "Making it scale.", "Make the right decision.");
    assertThat(Sentences.split("Want to be understood? Write a document."))
        .containsExactly("Want to be understood?", "Write a document.");
    assertThat(Sentences.split("He said “stop.” Then he left!"))
        .containsExactly("He said “stop.”", "Then he left!");
  }

  @Test
  void abbreviationsInitialsAndLowerCaseContinuationsDoNotEndASentence() {
    assertThat(Sentences.split("Use tools (e.g. Deny ec2:*) and try new things (ie. experiment)."))
        .hasSize(1);
    assertThat(Sentences.split("Ask J. Smith about it.")).hasSize(1);
    assertThat(Sentences.split("It all boils down to this.. which is fine")).hasSize(1);
  }

  @Test
  void aTrailingFragmentIsItsOwnSentence() {
    assertThat(Sentences.split("A point. Who here hasn't seen a graph like this:"))
        .containsExactly("A point.", "Who here hasn't seen a graph like this:");
  }
}
