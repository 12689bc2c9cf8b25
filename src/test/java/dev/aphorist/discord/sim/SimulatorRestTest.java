package dev.aphorist.discord.sim;

import static dev.aphorist.discord.sim.DiscordSchemas.assumeSpecFound;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The REST rules and the schema validation, driven by a plain HTTP client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorRestTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private DiscordSimulator discord;
  private SimGuild guild;
  private SimChannel general;

  @BeforeAll
  void start() {
    discord = DiscordSimulator.start();
    guild = discord.createGuild("Lab");
    general = discord.createTextChannel(guild, "general");
  }

  @AfterAll
  void stop() {
    discord.close();
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
            .header("Authorization", "Bot " + discord.token())
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String messages(SimChannel channel) {
    return "channels/" + Long.toUnsignedString(channel.id()) + "/messages";
  }

  private static JsonNode json(HttpResponse<String> response) {
    return Json.parse(response.body());
  }

  @Test
  void aBodyAgainstDiscordsSchemaIsRecordedAsAViolation() throws Exception {
    assumeSpecFound(discord);
    discord.clearRecords();

    HttpResponse<String> response =
        send("POST", messages(general), "{\"content\":\"hi\",\"tts\":\"yes\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(discord.schemaViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.schema()).isEqualTo("MessageCreateRequest");
              assertThat(v.location()).contains("tts");
            });
  }

  @Test
  void aNonceMustBeAStringOfAtMost25CharactersOrAnInteger() throws Exception {
    assumeSpecFound(discord);
    discord.clearRecords();

    send("POST", messages(general), "{\"content\":\"a\",\"nonce\":\"12345678901234567890\"}");
    send("POST", messages(general), "{\"content\":\"b\",\"nonce\":1234567890}");
    assertThat(discord.schemaViolations()).isEmpty();

    send("POST", messages(general), "{\"content\":\"c\",\"nonce\":true}");
    assertThat(discord.schemaViolations())
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.location()).isEqualTo("/nonce"));
  }

  @Test
  void commandsWithJdasStringTypedFieldsAreValid() throws Exception {
    assumeSpecFound(discord);
    discord.clearRecords();
    String app = Long.toUnsignedString(discord.applicationId());
    String jdaStyle =
        "[{\"name\":\"quote\",\"description\":\"Quotes\",\"type\":1,\"contexts\":[\"0\"],"
            + "\"integration_types\":[\"0\"],\"default_member_permissions\":\"32\","
            + "\"options\":[]}]";

    HttpResponse<String> response = send("PUT", "applications/" + app + "/commands", jdaStyle);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(discord.schemaViolations()).isEmpty();
    assertThat(json(response).get(0).path("id").asText()).isNotBlank();

    send("PUT", "applications/" + app + "/commands", "[{\"name\":\"quote\",\"description\":7}]");
    assertThat(discord.schemaViolations()).isNotEmpty();
  }

  @Test
  void contentOverTheLimitIsAnInvalidFormBody() throws Exception {
    HttpResponse<String> response =
        send("POST", messages(general), "{\"content\":\"" + "x".repeat(2001) + "\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("code").asInt()).isEqualTo(50035);
    assertThat(json(response).at("/errors/content/_errors/0/code").asText())
        .isEqualTo("BASE_TYPE_MAX_LENGTH");
  }

  @Test
  void embedsOverTheTotalLimitAreRejected() throws Exception {
    String field = "{\"name\":\"n\",\"value\":\"" + "v".repeat(1000) + "\"}";
    String fields = String.join(",", java.util.Collections.nCopies(7, field));
    HttpResponse<String> response =
        send(
            "POST",
            messages(general),
            "{\"embeds\":[{\"title\":\"t\",\"fields\":[" + fields + "]}]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).at("/errors/embeds/_errors/0/code").asText())
        .isEqualTo("MAX_EMBED_SIZE_EXCEEDED");
  }

  @Test
  void anEmptyMessageIsRefused() throws Exception {
    HttpResponse<String> response = send("POST", messages(general), "{\"content\":\"\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("code").asInt()).isEqualTo(50006);
  }

  @Test
  void anUnknownChannelIs10003() throws Exception {
    HttpResponse<String> response =
        send("POST", "channels/123456789/messages", "{\"content\":\"x\"}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).path("code").asInt()).isEqualTo(10003);
  }

  @Test
  void aChannelTheBotCannotSeeIsMissingAccess() throws Exception {
    SimChannel hidden = discord.createTextChannel(guild, "hidden");
    discord.setOverwrite(
        hidden,
        PermissionOverwrite.forRole(discord.everyoneRole(guild), 0, Permissions.VIEW_CHANNEL));

    HttpResponse<String> response =
        send("GET", "channels/" + Long.toUnsignedString(hidden.id()), null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json(response).path("code").asInt()).isEqualTo(50001);
  }

  @Test
  void embedsWithoutEmbedLinksAreMissingPermissions() throws Exception {
    SimChannel plain = discord.createTextChannel(guild, "plain");
    discord.denyBot(plain, Permissions.EMBED_LINKS);

    HttpResponse<String> withEmbed =
        send("POST", messages(plain), "{\"embeds\":[{\"description\":\"d\"}]}");
    HttpResponse<String> textOnly = send("POST", messages(plain), "{\"content\":\"fine\"}");

    assertThat(withEmbed.statusCode()).isEqualTo(403);
    assertThat(json(withEmbed).path("code").asInt()).isEqualTo(50013);
    assertThat(textOnly.statusCode()).isEqualTo(200);
  }

  @Test
  void aRejectedTokenIs401() throws Exception {
    discord.rejectToken(true);
    try {
      assertThat(send("GET", "users/@me", null).statusCode()).isEqualTo(401);
    } finally {
      discord.rejectToken(false);
    }
    assertThat(send("GET", "users/@me", null).statusCode()).isEqualTo(200);
  }

  @Test
  void mentionsAreResolvedThroughAllowedMentions() throws Exception {
    SimUser bob = discord.createUser("bob");
    discord.addMember(guild, bob);
    String content = "@everyone hi " + bob.mention();

    JsonNode pinging = json(send("POST", messages(general), "{\"content\":\"" + content + "\"}"));
    JsonNode silent =
        json(
            send(
                "POST",
                messages(general),
                "{\"content\":\"" + content + "\",\"allowed_mentions\":{\"parse\":[]}}"));

    SimMessage loud =
        discord.message(Long.parseUnsignedLong(pinging.get("id").asText())).orElseThrow();
    SimMessage quiet =
        discord.message(Long.parseUnsignedLong(silent.get("id").asText())).orElseThrow();
    assertThat(loud.pings().everyone()).isTrue();
    assertThat(loud.pings().users()).containsExactly(bob.id());
    assertThat(quiet.pings().anyone()).isFalse();
  }

  @Test
  void withoutDiscordsDescriptionValidationIsSkipped(@TempDir Path elsewhere) {
    try (DiscordSimulator bare = DiscordSimulator.builder().projectRoot(elsewhere).start()) {
      assertThat(bare.schemaValidationActive()).isFalse();
    }
  }
}
