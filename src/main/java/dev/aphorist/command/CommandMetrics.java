package dev.aphorist.command;

import java.time.Duration;

/** Receives one call per command or button served; the health endpoint exports the counts. */
public interface CommandMetrics {

  CommandMetrics NONE = (name, latency, failed) -> {};

  void served(String name, Duration latency, boolean failed);
}
