package dev.aphorist.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aphorist.discord.sim.DiscordSimulator;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class PacedRequestsTest {

  private final List<String> events = new CopyOnWriteArrayList<>();
  private final PacedRequests paced = new PacedRequests();

  private void recordPermits(DiscordSimulator discord) {
    paced.pace(
        () -> {
          events.add("permit, requests seen: " + discord.requests().size());
          return () -> events.add("closed, requests seen: " + discord.requests().size());
        });
  }

  @Test
  void theClientsOwnRequestTakesAPermitAndClosesItOnceAnswered() throws Exception {
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(paced).build();
    try (DiscordSimulator discord = DiscordSimulator.start()) {
      recordPermits(discord);
      try (Response response = client.newCall(me(discord)).execute()) {
        assertThat(response.code()).isEqualTo(200);
      }
      assertThat(events).containsExactly("permit, requests seen: 0", "closed, requests seen: 1");
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Test
  void aRequestThatFailsClosesItsPermitToo() {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .addInterceptor(paced)
            .addInterceptor(
                chain -> {
                  throw new IOException("connection reset");
                })
            .build();
    paced.pace(
        () -> {
          events.add("permit");
          return () -> events.add("closed");
        });

    assertThatThrownBy(
            () ->
                client
                    .newCall(
                        new Request.Builder().url("http://127.0.0.1:9/api/v10/gateway/bot").build())
                    .execute())
        .isInstanceOf(IOException.class)
        .hasMessage("connection reset");
    assertThat(events).containsExactly("permit", "closed");
  }

  @Test
  void nothingIsHeldBackBeforePacingStarts() throws Exception {
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(paced).build();
    try (DiscordSimulator discord = DiscordSimulator.start()) {
      try (Response response = client.newCall(me(discord)).execute()) {
        assertThat(response.code()).isEqualTo(200);
      }
      assertThat(events).isEmpty();
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Test
  void interactionAnswersAndTheScheduledPostsAreNotPacedHere() {
    // Interaction callbacks and follow-ups are outside Discord's global limit and must be quick;
    // the posts took their permit in the engine before they reached the client.
    assertThat(PacedRequests.paced("POST", "/api/v10/interactions/1/tok3n/callback")).isFalse();
    assertThat(PacedRequests.paced("PATCH", "/api/v10/webhooks/1/tok3n/messages/@original"))
        .isFalse();
    assertThat(PacedRequests.paced("POST", "/api/v10/webhooks/1/tok3n")).isFalse();
    assertThat(PacedRequests.paced("POST", "/api/v10/channels/42/messages")).isFalse();

    assertThat(PacedRequests.paced("GET", "/api/v10/gateway/bot")).isTrue();
    assertThat(PacedRequests.paced("GET", "/api/v10/users/@me")).isTrue();
    assertThat(PacedRequests.paced("PUT", "/api/v10/applications/7/commands")).isTrue();
    assertThat(PacedRequests.paced("GET", "/api/v10/channels/42/messages")).isTrue();
    assertThat(PacedRequests.paced("POST", "/api/v10/channels/42/messages/9/reactions")).isTrue();
  }

  private static Request me(DiscordSimulator discord) {
    return new Request.Builder()
        .url(discord.restUrl() + "users/@me")
        .header("Authorization", "Bot " + discord.token())
        .build();
  }
}
