package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

  @Test
  void nonceIsDeterministicShortAndDistinct() {
    LocalDate day = LocalDate.of(2025, 6, 10);
    String nonce = DeliveryNonce.of(1, 42, day);
    assertThat(nonce).matches("\\d{1,19}").isEqualTo(DeliveryNonce.of(1, 42, day));
    assertThat(nonce.length()).isLessThanOrEqualTo(25);
    assertThat(DeliveryNonce.of(1, 42, day.plusDays(1))).isNotEqualTo(nonce);
    assertThat(DeliveryNonce.of(2, 42, day)).isNotEqualTo(nonce);
    assertThat(DeliveryNonce.of(1, 43, day)).isNotEqualTo(nonce);
  }

  @Test
  void backoffDoublesUpToItsCap() {
    Backoff backoff = new Backoff(Duration.ofSeconds(15), Duration.ofMinutes(2));
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(15));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(120));
    assertThat(backoff.delayAfter(50)).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsRejectALeaseLongerThanTheNonceWindow() {
    assertThatThrownBy(() -> ScheduleSettings.defaults().withLease(Duration.ofMinutes(5)))
        .hasMessageContaining("must be shorter than the nonce window");
  }
}
