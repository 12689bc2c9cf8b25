package dev.aphorist.testing;

import dev.aphorist.schedule.PostOutcome;
import dev.aphorist.schedule.QuotePoster;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The {@link QuotePoster} of a node process: posts to a {@link FakeDiscordServer}. */
public final class HttpFakePoster implements QuotePoster {

  private final String baseUrl;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public HttpFakePoster(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  @Override
  public PostOutcome post(long channelId, String quoteId, String nonce) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/channels/" + channelId + "/messages"))
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(quoteId + " " + nonce))
            .header(FakeDiscordServer.SENT_AT, Long.toString(System.nanoTime()))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return switch (response.statusCode()) {
        case 200 -> new PostOutcome.Sent(Long.parseLong(response.body().strip()));
        case 404 -> new PostOutcome.Permanent(response.body());
        case 429 ->
            new PostOutcome.Retryable(
                response.body(),
                false,
                Duration.ofSeconds(
                    Long.parseLong(response.headers().firstValue("Retry-After").orElse("1"))));
        default -> PostOutcome.Retryable.uncertain(response.statusCode() + " " + response.body());
      };
    } catch (IOException e) {
      return PostOutcome.Retryable.uncertain("request failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return PostOutcome.Retryable.uncertain("interrupted");
    }
  }
}
