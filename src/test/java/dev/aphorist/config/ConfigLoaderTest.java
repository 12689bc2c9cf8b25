package dev.aphorist.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private Path write(String yaml) throws Exception {
    Path file = dir.resolve("aphorist.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void theShippedFileLoadsAndDocumentsExactlyTheKnownKeys() throws Exception {
    Path shipped = Path.of("config", "aphorist.yaml");
    AphoristConfig config = new ConfigLoader(Map.of()).load(shipped);

    assertThat(config.discord().restUrl()).isEqualTo(URI.create("https://discord.com/api/v10/"));
    assertThat(config.discord().shards().isAll()).isTrue();
    assertThat(config.database().isEmbedded()).isTrue();
    Set<String> documented = new TreeSet<>(SettingsSource.read(shipped).entries().keySet());
    assertThat(documented).isEqualTo(new TreeSet<>(ConfigLoader.knownKeys()));
  }

  @Test
  void environmentOverridesTheFileAndTheTokenComesFromDiscordToken() throws Exception {
    Path file =
        write("discord:\n  rest-url: http://proxy.local/api/v10\ndatabase:\n  pool-size: 4\n");
    Map<String, String> env =
        Map.of(
            "APHORIST_DISCORD_REST_URL", "http://127.0.0.1:9999/api/v10/",
            "APHORIST_DATABASE_URL", "jdbc:postgresql://db/aphorist",
            "DISCORD_TOKEN", "abc.def.ghi");

    AphoristConfig config = new ConfigLoader(env).load(file);

    assertThat(config.discord().restUrl()).isEqualTo(URI.create("http://127.0.0.1:9999/api/v10/"));
    assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db/aphorist");
    assertThat(config.database().poolSize()).isEqualTo(4);
    assertThat(config.discord().token().reveal()).isEqualTo("abc.def.ghi");
  }

  @Test
  void theRateShareIsAutoOrAFraction() throws Exception {
    assertThat(new ConfigLoader(Map.of()).load(write("{}\n")).schedule().rateShare()).isNull();
    assertThat(
            new ConfigLoader(Map.of("APHORIST_SCHEDULE_RATE_SHARE", "0.5"))
                .load(write("{}\n"))
                .schedule()
                .rateShare())
        .isEqualTo(0.5);
    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(write("schedule:\n  rate-share: 2\n")))
        .hasMessageContaining(
            "schedule.rate-share: must be auto or a fraction above 0 and at most 1");
  }

  @Test
  void theTokenNeverShowsInToString() throws Exception {
    AphoristConfig config =
        new ConfigLoader(Map.of("DISCORD_TOKEN", "very-secret-token")).load(write("{}\n"));
    assertThat(config.toString()).doesNotContain("very-secret-token").contains("****");
  }

  @Test
  void everyInvalidKeyAndValueIsListedInOneErrorWithItsLine() throws Exception {
    Path file =
        write(
            """
            discord:
              shards: 0-3
              shard-total: two
              rest-url: ftp://nope
            database:
              pool-size: 0
            commands:
              public-colldown: 5s
            schedule:
              grace: soon
            """);

    assertThatThrownBy(() -> new ConfigLoader(Map.of("APHORIST_HEALTH_PORT", "70000")).load(file))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        file + ":3: discord.shard-total: must be a whole number, got 'two'",
                        file
                            + ":2: discord.shards: a slice of shards needs the shard total as well,"
                            + " got '0-3'",
                        file + ":4: discord.rest-url: must be an http(s) URL, got 'ftp://nope'",
                        file + ":6: database.pool-size: must be between 4 and 200, got '0'",
                        file + ":8: commands.public-colldown: unknown setting",
                        file
                            + ":10: schedule.grace: must be a duration such as 30s, 5m or 6h, got 'soon'",
                        "APHORIST_HEALTH_PORT: health.port: must be between 1 and 65535, got '70000'"));
  }

  @Test
  void aShardSliceNeedsShardsInsideTheTotal() throws Exception {
    AphoristConfig ok =
        new ConfigLoader(Map.of()).load(write("discord:\n  shards: 4-7\n  shard-total: 8\n"));
    assertThat(ok.discord().shards().ids()).containsExactly(4, 5, 6, 7);
    assertThat(ok.discord().shards().total()).isEqualTo(8);

    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of())
                    .load(write("discord:\n  shards: 6-9\n  shard-total: 8\n")))
        .hasMessageContaining("shard 8 is outside 0..7 for a total of 8");
  }

  @Test
  void malformedYamlNamesTheFileAndLine() throws Exception {
    Path file = write("discord:\n  token: \"unterminated\n  shards: all\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file + ":")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void aMissingOrBinaryFileIsOneClearProblem() throws Exception {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(missing))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> assertThat(e.problems()).containsExactly(missing + ": file not found"));

    Path binary = dir.resolve("binary.yaml");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(binary))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> assertThat(e.problems()).containsExactly(binary + ": not valid UTF-8 text"));
  }

  @Test
  void listsWhereAValueIsExpectedAreRejected() throws Exception {
    Path file = write("health:\n  bind: [a, b]\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(file))
        .hasMessageContaining(file + ":2: health.bind: must be a single value, not a list");
  }

  @Test
  void durationsAcceptShortAndIsoForms() {
    assertThat(Settings.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Settings.parseDuration("6h")).isEqualTo(Duration.ofHours(6));
    assertThat(Settings.parseDuration("PT90S")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void envNamesFollowTheDocumentedRule() {
    assertThat(Settings.envName("discord.rest-url")).isEqualTo("APHORIST_DISCORD_REST_URL");
    assertThat(Settings.envName("database.url")).isEqualTo("APHORIST_DATABASE_URL");
  }
}
