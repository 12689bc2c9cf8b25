package dev.aphorist.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bot under test as its own process ({@code java <flags> -jar aphorist.jar run --config FILE}),
 * so that its start-up time and resident memory are its own and not the benchmark's. Its output
 * goes to a log file.
 */
final class BotProcess implements AutoCloseable {

  private final Process process;
  private final long startedNanos;
  private final Path log;

  private BotProcess(Process process, long startedNanos, Path log) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.log = log;
  }

  /** The java command line that runs the bot jar with the given JVM flags and config file. */
  static List<String> command(List<String> jvmFlags, Path jar, Path config) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-jar");
    command.add(jar.toString());
    command.add("run");
    command.add("--config");
    command.add(config.toString());
    return command;
  }

  /** The same, with Main on a class path instead of the jar (for tests: no package step). */
  static List<String> classPathCommand(List<String> jvmFlags, String classPath, Path config) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(classPath);
    command.add("dev.aphorist.cli.Main");
    command.add("run");
    command.add("--config");
    command.add(config.toString());
    return command;
  }

  static BotProcess start(List<String> command, Path log) throws IOException {
    return start(command, Map.of(), log);
  }

  /** Starts the command with these environment variables added (e.g. MALLOC_ARENA_MAX). */
  static BotProcess start(List<String> command, Map<String, String> extraEnv, Path log)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // Settings come from the config file only: no APHORIST_* or token from this shell.
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("APHORIST_") || name.equals("DISCORD_TOKEN"));
    env.putAll(extraEnv);
    long started = System.nanoTime();
    Process process = builder.start();
    return new BotProcess(process, started, log);
  }

  /** nanoTime just before the process was created. */
  long startedNanos() {
    return startedNanos;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  ProcStatus memory() throws IOException {
    return ProcStatus.of(process.pid());
  }

  /** CPU time the process has used so far (user + system), in milliseconds. */
  long cpuMillis() throws IOException {
    return ProcStatus.cpuMillis(process.pid());
  }

  String logText() throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  Path log() {
    return log;
  }

  /** Output of {@code jcmd PID <what>}, or why there is none. */
  String jcmd(String... what) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    command.add(Long.toString(process.pid()));
    command.addAll(List.of(what));
    try {
      Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      jcmd.waitFor(30, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      return "jcmd failed: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "jcmd interrupted";
    }
  }

  /** SIGTERM, as a service manager stops it; returns how long it took to exit, in ms (-1: not). */
  long stop() throws InterruptedException {
    long from = System.nanoTime();
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return (System.nanoTime() - from) / 1_000_000;
  }

  int exitCode() {
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
