package dev.aphorist.corpus.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  @Test
  void theSamePassageWithOtherSpacingPunctuationOrAWordChangedIsFound() {
    NearDuplicates<String> index = new NearDuplicates<>();
    String text =
        "That's why the ivory tower architect is such a bad model - they make all the decisions but"
            + " you're on the hook for it.";
    assertThat(index.addIfNew(text, "first")).isNull();
    assertThat(index.addIfNew(text.toUpperCase().replace(" - ", " — "), "again"))
        .isEqualTo("first");
    assertThat(index.addIfNew(text.replace("such a bad", "a terrible"), "edited"))
        .isEqualTo("first");
  }

  @Test
  void differentPassagesAreNot() {
    NearDuplicates<String> index = new NearDuplicates<>();
    index.addIfNew("When customers give you lemons, make lemonade.", "a");
    assertThat(
            index.addIfNew(
                "In software, customer needs are like lemons. And when you have an abundance of"
                    + " lemons, make lemonade.",
                "b"))
        .isNull();
  }
}
