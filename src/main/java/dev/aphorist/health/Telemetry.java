package dev.aphorist.health;

import dev.aphorist.command.CommandMetrics;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Aphorist's metrics, in a registry of its own (never Prometheus's global default), exported by
 * {@link HealthServer} at /metrics.
 */
public final class Telemetry implements CommandMetrics {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter served;
  private final Histogram latency;

  public Telemetry() {
    served =
        Counter.builder()
            .name("aphorist_commands")
            .help("Commands and button presses served, by name and outcome (ok or error)")
            .labelNames("command", "outcome")
            .register(registry);
    latency =
        Histogram.builder()
            .name("aphorist_command_latency_seconds")
            .help("Time from receiving a command to having its reply, by command")
            .labelNames("command")
            .classicOnly()
            .classicUpperBounds(
                0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5)
            .register(registry);
  }

  @Override
  public void served(String name, Duration took, boolean failed) {
    served.labelValues(name, failed ? "error" : "ok").inc();
    latency.labelValues(name).observe(took.toNanos() / 1e9);
  }

  /** Registers a gauge read when scraped, e.g. the number of connected shards. */
  public void gauge(String name, String help, DoubleSupplier value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(callback -> callback.call(value.getAsDouble()))
        .register(registry);
  }

  /** Registers a counter; callers keep it and increment it. */
  public Counter counter(String name, String help, String... labelNames) {
    return Counter.builder().name(name).help(help).labelNames(labelNames).register(registry);
  }

  PrometheusRegistry registry() {
    return registry;
  }
}
