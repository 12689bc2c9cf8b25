package dev.aphorist.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.discord.sim.Fault;
import dev.aphorist.discord.sim.RestRoute;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class GlobalRateLimitWatchTest {

  @Test
  void toldOfGlobal429sOnlyWithTheirRetryAfter() throws Exception {
    List<Duration> told = new CopyOnWriteArrayList<>();
    GlobalRateLimitWatch watch = new GlobalRateLimitWatch();
    watch.onGlobalLimit(told::add);
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(watch).build();
    try (DiscordSimulator discord = DiscordSimulator.start()) {
      discord.faults().next(RestRoute.GET_CURRENT_USER, 1, Fault.rateLimited(1));
      discord.faults().next(RestRoute.GET_CURRENT_USER, 1, Fault.globalRateLimited(2));
      Request me =
          new Request.Builder()
              .url(discord.restUrl() + "users/@me")
              .header("Authorization", "Bot " + discord.token())
              .build();
      int[] codes = new int[3];
      for (int i = 0; i < 3; i++) {
        try (Response response = client.newCall(me).execute()) {
          codes[i] = response.code();
        }
      }
      assertThat(codes).containsExactly(429, 429, 200);
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    assertThat(told).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterInSecondsWithFractions() {
    assertThat(GlobalRateLimitWatch.retryAfter("1")).isEqualTo(Duration.ofSeconds(1));
    assertThat(GlobalRateLimitWatch.retryAfter("0.25")).isEqualTo(Duration.ofMillis(250));
    assertThat(GlobalRateLimitWatch.retryAfter(null)).isEqualTo(Duration.ofSeconds(1));
    assertThat(GlobalRateLimitWatch.retryAfter("soon")).isEqualTo(Duration.ofSeconds(1));
  }
}
