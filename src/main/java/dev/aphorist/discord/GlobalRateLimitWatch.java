package dev.aphorist.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sees Discord's global 429s on the bot's HTTP connection and tells a listener how long Discord
 * asked every request to wait.
 *
 * <p>JDA waits a global 429 out and retries by itself, without telling the code that made the
 * request; meanwhile the scheduled-post rate limiter keeps granting permits, JDA holds those
 * requests, and releases them all at once when its wait is over - a burst that earns the next 429
 * (measured through the simulated Discord: one 429 became a cascade of over a hundred, one every
 * 1.7 s). The listener lets the rate limiter hold back as well.
 */
public final class GlobalRateLimitWatch implements Interceptor {

  private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

  private volatile Consumer<Duration> listener = wait -> {};

  /** Who is told of each global 429, with Discord's Retry-After. */
  public void onGlobalLimit(Consumer<Duration> listener) {
    this.listener = listener;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() == 429 && "true".equalsIgnoreCase(response.header("X-RateLimit-Global"))) {
      listener.accept(retryAfter(response.header("Retry-After")));
    }
    return response;
  }

  /** Discord's Retry-After header: seconds, possibly with a fraction. */
  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT_WAIT;
    }
    try {
      double seconds = Double.parseDouble(header.strip());
      return seconds > 0 ? Duration.ofMillis((long) Math.ceil(seconds * 1000)) : DEFAULT_WAIT;
    } catch (NumberFormatException e) {
      return DEFAULT_WAIT;
    }
  }
}
