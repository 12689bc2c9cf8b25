package dev.aphorist.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserInputTest {

  @Test
  void shortInputIsUnchanged() {
    assertThat(UserInput.cut("caches", 100)).isEqualTo("caches");
    assertThat(UserInput.isTooLong("caches", 100)).isFalse();
  }

  @Test
  void longInputIsCutToTheLimit() {
    String cut = UserInput.cut("x".repeat(7000), UserInput.MAX_QUERY_LENGTH);

    assertThat(cut).hasSize(6000);
    assertThat(UserInput.isTooLong("x".repeat(7000), UserInput.MAX_QUERY_LENGTH)).isTrue();
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String input = "x".repeat(99) + "\uD83D\uDE80" + "tail";

    String cut = UserInput.cut(input, 100);

    assertThat(cut).isEqualTo("x".repeat(99));
  }

  @Test
  void nullIsEmpty() {
    assertThat(UserInput.cut(null, 10)).isEmpty();
  }
}
