package dev.aphorist.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HealthServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void reportsHealthAndExportsCommandMetrics() throws Exception {
    Telemetry telemetry = new Telemetry();
    AtomicBoolean up = new AtomicBoolean(true);
    telemetry.gauge("aphorist_quotes", "Quotes served", () -> 42);
    telemetry.served("/quote search", Duration.ofMillis(3), false);
    telemetry.served("/quote search", Duration.ofMillis(4), true);

    try (HealthServer server =
        HealthServer.start(
            "127.0.0.1",
            0,
            telemetry,
            () -> new HealthServer.Status(up.get(), Map.of("shards", 1)))) {
      HttpResponse<String> healthy = get(server.port(), "/health");
      assertThat(healthy.statusCode()).isEqualTo(200);
      assertThat(healthy.body()).contains("\"status\":\"UP\"").contains("\"shards\":1");

      up.set(false);
      assertThat(get(server.port(), "/health").statusCode()).isEqualTo(503);

      String metrics = get(server.port(), "/metrics").body();
      assertThat(metrics)
          .contains("aphorist_commands_total{command=\"/quote search\",outcome=\"ok\"} 1.0")
          .contains("aphorist_commands_total{command=\"/quote search\",outcome=\"error\"} 1.0")
          .contains("aphorist_command_latency_seconds_count{command=\"/quote search\"} 2")
          .contains("aphorist_quotes 42.0");
    }
  }
}
