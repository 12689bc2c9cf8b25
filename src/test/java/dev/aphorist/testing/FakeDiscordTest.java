package dev.aphorist.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.schedule.PostOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakeDiscordTest {

  private static final long MS = 1_000_000L;
  private final FakeDiscord discord = new FakeDiscord(50, Duration.ofMinutes(5));

  private PostOutcome sendAt(long channel, long millis) {
    return discord.post(channel, "q", "n" + channel, 1_000_000 * MS + millis * MS);
  }

  @Test
  void theFiftyFirstRequestWithinOneSecondIsRejected() {
    for (int i = 0; i < 50; i++) {
      assertThat(sendAt(i, i * 19)).isInstanceOf(PostOutcome.Sent.class);
    }

    assertThat(sendAt(50, 999)).isInstanceOf(PostOutcome.Retryable.class);
    assertThat(sendAt(51, 1000))
        .as("the first one has left the window")
        .isInstanceOf(PostOutcome.Sent.class);
    assertThat(discord.rejections()).isEqualTo(1);
    assertThat(discord.messages()).hasSize(51);
  }

  @Test
  void aRequestSeenLateCountsInTheSecondItWasSent() {
    for (int i = 0; i < 50; i++) {
      sendAt(i, 500 + i * 10);
    }

    // Sent before the others but seen after them: with them it would be 51 within 400 to 990 ms.
    assertThat(sendAt(98, 400)).isInstanceOf(PostOutcome.Retryable.class);
    // Sent more than a second before the last of them, it shares no second with all 50.
    assertThat(sendAt(99, -20)).isInstanceOf(PostOutcome.Sent.class);
  }

  @Test
  void requestsSentAtTheSameMomentAllCount() {
    for (int i = 0; i < 50; i++) {
      assertThat(sendAt(i, 0)).isInstanceOf(PostOutcome.Sent.class);
    }

    assertThat(sendAt(50, 0)).isInstanceOf(PostOutcome.Retryable.class);
  }
}
