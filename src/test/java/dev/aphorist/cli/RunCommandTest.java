package dev.aphorist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aphorist.discord.sim.DiscordSimulator;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aphorist run}'s answers when it cannot start. */
class RunCommandTest {

  @TempDir Path dir;

  /** Runs the command line, returning the exit code and what it wrote to stderr. */
  private record Outcome(int exitCode, String stderr) {}

  private Outcome run(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Outcome(Main.run(args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(original);
    }
  }

  private Path config(String yaml) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/search/quotes.json")) {
      Files.copy(in, dir.resolve("quotes.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    Path file = dir.resolve("aphorist.yaml");
    Files.writeString(
        file,
        yaml
            + "corpus:\n  file: "
            + dir.resolve("quotes.json")
            + "\n  watch: false\ndatabase:\n  data-dir: "
            + dir.resolve("data")
            + "\n");
    return file;
  }

  @Test
  void withoutATokenItSaysSoAndExitsWithTwo() throws Exception {
    assumeTrue(
        System.getenv("DISCORD_TOKEN") == null && System.getenv("APHORIST_DISCORD_TOKEN") == null,
        "a Discord token is set in this environment");
    Outcome outcome = run("run", "--config", config("discord:\n  token: \"\"\n").toString());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.stderr()).startsWith("no Discord token: set DISCORD_TOKEN");
  }

  @Test
  void aTokenDiscordRejectsExitsWithTwo() throws Exception {
    try (DiscordSimulator discord = DiscordSimulator.start()) {
      discord.rejectToken(true);
      Path file =
          config(
              "discord:\n  token: not.a.token\n  rest-url: "
                  + discord.restUrl()
                  + "\n  compress-gateway: false\n");
      Outcome outcome = run("run", "--config", file.toString());
      assertThat(outcome.exitCode()).isEqualTo(2);
      assertThat(outcome.stderr().strip()).isEqualTo("token rejected by Discord");
      assertThat(outcome.stderr()).doesNotContain("not.a.token");
    }
  }

  @Test
  void badConfigurationListsEveryProblemAndExitsWithOne() throws Exception {
    Path file = config("discord:\n  shards: 0-3\n  shard-totl: 4\n");
    Outcome outcome = run("run", "--config", file.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.stderr())
        .contains("discord.shards: a slice of shards needs the shard total as well")
        .contains("discord.shard-totl: unknown setting");
  }

  @Test
  void aMissingCorpusIsExplained() throws Exception {
    Path file = dir.resolve("aphorist.yaml");
    Files.writeString(
        file,
        "corpus:\n  file: "
            + dir.resolve("nope.json")
            + "\ndatabase:\n  data-dir: "
            + dir.resolve("data")
            + "\n");
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    InputStream stdin = System.in;
    System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
    try {
      assertThat(Main.run("console", "--config", file.toString())).isEqualTo(1);
    } finally {
      System.setErr(original);
      System.setIn(stdin);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("nope.json: file not found (build it with: aphorist corpus build)");
  }
}
