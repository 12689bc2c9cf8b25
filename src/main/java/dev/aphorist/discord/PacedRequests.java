package dev.aphorist.discord;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Paces the requests the Discord client makes on its own (logging in, registering the slash
 * commands) with the scheduled posts' rate limiter: Discord counts them against the same global
 * limit, and a process that logs in while the others post at the full rate earns a 429 (measured
 * through the simulated Discord: a restarted process's {@code GET users/@me} 4 s after a kill -9,
 * while the survivor had the whole budget).
 *
 * <p>Not paced: interaction responses and their follow-ups (Discord's global limit does not apply
 * to them, and they must answer within 3 seconds) and channel messages, which are the scheduled
 * posts and took their permit before they reached the client.
 */
public final class PacedRequests implements Interceptor {

  /** Where the client takes a permit for each of its own requests. */
  @FunctionalInterface
  public interface Permits {
    /** Waits for a permit; the request is sent once it is granted. */
    Permit acquire() throws InterruptedException;
  }

  /** A granted permit, closed once the request has been answered or has failed. */
  @FunctionalInterface
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private volatile Permits permits;

  /** Paces the client's own requests from now on; until this is called, none are held back. */
  public void pace(Permits permits) {
    this.permits = permits;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Permits current = permits;
    if (current == null || !paced(request.method(), request.url().encodedPath())) {
      return chain.proceed(request);
    }
    Permit permit;
    try {
      permit = current.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a rate-limit permit");
    }
    try {
      return chain.proceed(request);
    } finally {
      permit.close();
    }
  }

  /** Whether a request to {@code path} (from the URL, with the API prefix) counts globally. */
  static boolean paced(String method, String path) {
    if (path.contains("/interactions/") || path.contains("/webhooks/")) {
      return false;
    }
    return !("POST".equals(method) && path.matches(".*/channels/\\d+/messages"));
  }
}
