package dev.aphorist.discord.sim;

import java.time.Duration;

/**
 * A fault the simulated Discord injects into a REST answer. Create with the factories; hand to
 * {@link Faults}.
 */
public record Fault(Kind kind, int status, int retryAfterSeconds, boolean global, Duration delay) {
  public enum Kind {
    /** 429 with an integer Retry-After, a Via header and the bucket headers. */
    RATE_LIMITED,
    /** 429 without a Via header: JDA takes it as a Cloudflare ban of every route. */
    CLOUDFLARE_RATE_LIMITED,
    /** An error status (500, 502, 503, 504...) instead of doing anything. */
    ERROR_STATUS,
    /** The request takes effect, but the answer is lost: the client sees the status instead. */
    LOST_RESPONSE,
    /** The answer comes late (then normally). */
    DELAY
  }

  /** A per-route 429 (X-RateLimit-Scope: user). */
  public static Fault rateLimited(int retryAfterSeconds) {
    return new Fault(Kind.RATE_LIMITED, 429, retryAfterSeconds, false, Duration.ZERO);
  }

  /** A 429 with X-RateLimit-Global: true. */
  public static Fault globalRateLimited(int retryAfterSeconds) {
    return new Fault(Kind.RATE_LIMITED, 429, retryAfterSeconds, true, Duration.ZERO);
  }

  public static Fault cloudflareRateLimited(int retryAfterSeconds) {
    return new Fault(Kind.CLOUDFLARE_RATE_LIMITED, 429, retryAfterSeconds, false, Duration.ZERO);
  }

  /** Answers with the status (500, 502, 503, 504, 520...) and does nothing. */
  public static Fault status(int httpStatus) {
    if (httpStatus < 400) {
      throw new IllegalArgumentException("a fault status must be an error: " + httpStatus);
    }
    return new Fault(Kind.ERROR_STATUS, httpStatus, 0, false, Duration.ZERO);
  }

  /** Carries the request out, then answers with the status (a gateway losing the answer). */
  public static Fault lostResponse(int httpStatus) {
    return new Fault(Kind.LOST_RESPONSE, httpStatus, 0, false, Duration.ZERO);
  }

  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, 0, 0, false, delay);
  }
}
