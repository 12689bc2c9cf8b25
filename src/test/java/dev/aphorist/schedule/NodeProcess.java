package dev.aphorist.schedule;

import dev.aphorist.store.TestClasspath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A {@link ClusterNodeMain} running in a JVM of its own. */
final class NodeProcess implements AutoCloseable {

  private final Process process;
  private final String name;

  private NodeProcess(Process process, String name) {
    this.process = process;
    this.name = name;
  }

  static NodeProcess start(
      String jdbcUrl, String user, String instanceId, String posterUrl, Path log)
      throws IOException {
    return start(
        jdbcUrl, user, instanceId, posterUrl, log, false, "dev.aphorist.testing.HttpFakePoster");
  }

  static NodeProcess start(
      String jdbcUrl,
      String user,
      String instanceId,
      String posterUrl,
      Path log,
      boolean productionTimings,
      String posterClass)
      throws IOException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Duser.timezone=UTC",
                "-Dnode.productionTimings=" + productionTimings,
                "-cp",
                TestClasspath.get(),
                ClusterNodeMain.class.getName(),
                jdbcUrl,
                user,
                instanceId,
                posterUrl,
                posterClass)
            .redirectError(log.toFile())
            .start();
    return new NodeProcess(process, instanceId);
  }

  /** Waits for the node's "ready" line. */
  void awaitReady(Duration timeout) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return out.readLine();
                  } catch (IOException e) {
                    return null;
                  }
                })
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (line == null || !line.startsWith("ready")) {
      throw new IllegalStateException(
          "node "
              + name
              + " did not start (exit "
              + (process.isAlive() ? "-" : process.exitValue())
              + ")");
    }
  }

  /** kill -9: no shutdown hooks, no goodbyes, leases and Quartz state left behind. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** Closes its stdin: the node shuts down cleanly. */
  @Override
  public void close() throws Exception {
    if (process.isAlive()) {
      process.getOutputStream().close();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
