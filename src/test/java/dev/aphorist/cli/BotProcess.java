package dev.aphorist.cli;

import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.store.TestClasspath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code aphorist run} in a JVM of its own, as an operator starts it, against the simulated
 * Discord: for the multi-process end-to-end test and benchmark. Output goes to a log file.
 */
public final class BotProcess implements AutoCloseable {

  private final Process process;
  private final String name;
  private final Path log;

  private BotProcess(Process process, String name, Path log) {
    this.process = process;
    this.name = name;
    this.log = log;
  }

  /**
   * Writes a configuration for a bot on the simulator.
   *
   * @param databaseUrl a PostgreSQL url, or null for the embedded H2 database under {@code dir}
   */
  public static Path writeConfig(
      Path dir, DiscordSimulator discord, Path quotes, String databaseUrl) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("discord:");
    lines.add("  token: " + discord.token());
    lines.add("  rest-url: " + discord.restUrl());
    lines.add("  compress-gateway: false");
    lines.add("corpus:");
    lines.add("  file: " + quotes);
    lines.add("  watch: false");
    lines.add("database:");
    if (databaseUrl == null) {
      lines.add("  data-dir: " + dir.resolve("data"));
    } else {
      lines.add("  url: " + databaseUrl);
      lines.add("  user: postgres");
    }
    lines.add("");
    Path config = dir.resolve("aphorist.yaml");
    Files.writeString(config, String.join("\n", lines));
    return config;
  }

  /**
   * Starts {@code aphorist run --config <config>}, running the given shards of {@code shardTotal}
   * ({@code null} shards: all of them).
   */
  public static BotProcess start(
      String name, Path config, String shards, int shardTotal, Path log, String... jvmOptions)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(TestClasspath.get());
    command.add(Main.class.getName());
    command.add("run");
    command.add("--config");
    command.add(config.toString());
    if (shards != null) {
      command.add("--shards");
      command.add(shards);
      command.add("--shard-total");
      command.add(Integer.toString(shardTotal));
    }
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new BotProcess(process, name, log);
  }

  /** kill -9: no shutdown hook runs; leases, heartbeats and Quartz state are left behind. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " (pid " + process.pid() + ") survived kill -9");
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  public String name() {
    return name;
  }

  public Path log() {
    return log;
  }

  /** SIGTERM, the orderly shutdown; kill -9 if it has not exited within 30 s. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
