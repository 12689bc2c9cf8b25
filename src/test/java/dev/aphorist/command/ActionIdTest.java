package dev.aphorist.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActionIdTest {

  @Test
  void roundTripsArgumentsWithSeparatorsAndUnicode() {
    ActionId action =
        ActionId.of("page", "2", "cache | invalidation", "Joe Magerramov", "\uD83D\uDE80");
    assertThat(ActionId.decode(action.encode())).contains(action);
  }

  @Test
  void refusesIdsOverDiscordsLimit() {
    ActionId tooLong = ActionId.of("page", "x".repeat(120));
    assertThat(tooLong.encodedLength()).isGreaterThan(Button.MAX_ID);
    assertThatThrownBy(tooLong::encode).hasMessageContaining("longer than 100");
  }

  @Test
  void garbageDecodesToNothingRatherThanThrowing() {
    assertThat(ActionId.decode("")).isEmpty();
    assertThat(ActionId.decode(null)).isEmpty();
    assertThat(ActionId.decode("Bad Verb|x")).isEmpty();
    assertThat(ActionId.decode("page|%zz")).isEmpty();
    assertThat(ActionId.decode("y".repeat(101))).isEmpty();
  }
}
