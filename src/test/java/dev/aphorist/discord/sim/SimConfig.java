package dev.aphorist.discord.sim;

import java.time.Clock;
import java.time.Duration;

/** The simulator's settings, changeable while it runs (hence volatile). */
final class SimConfig {
  final String token;
  final Clock clock;
  volatile int shardCount;
  volatile int sessionStartTotal = 1000;
  volatile int sessionStartRemaining = 1000;
  volatile long sessionStartResetAfterMillis = 86_400_000L;
  volatile int maxConcurrency;
  volatile boolean tokenRejected;
  volatile Duration nonceWindow = Duration.ofMinutes(5);
  volatile Duration interactionDeadline = Duration.ofSeconds(3);
  volatile Duration interactionTokenLifetime = Duration.ofMinutes(15);
  volatile boolean requireRegisteredCommands = true;
  volatile GlobalRateLimiter globalLimiter;
  volatile boolean recordRequests = true;

  SimConfig(String token, Clock clock, int shardCount, int maxConcurrency) {
    this.token = token;
    this.clock = clock;
    this.shardCount = shardCount;
    this.maxConcurrency = maxConcurrency;
  }

  synchronized void countIdentify() {
    if (sessionStartRemaining > 0) {
      sessionStartRemaining--;
    }
  }
}
