package dev.aphorist.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator's own rules, without servers: permissions, mentions, limits, ids, rate limit. */
class SimulatorRulesTest {
  private final SimModel model =
      new SimModel(new Snowflakes(Clock.systemUTC()), Clock.systemUTC(), "Bot");

  private SimGuild guild() {
    return model.createGuild("G", new Snowflakes(Clock.systemUTC()).nextGuildId());
  }

  @Test
  void membersGetEveryoneAndTheirRolesAndTheOwnerGetsEverything() {
    SimGuild guild = guild();
    SimChannel channel = model.createTextChannel(guild, "c");
    SimUser alice = model.createUser("alice");
    SimRole managers = model.createRole(guild, "managers", Permissions.MANAGE_GUILD);
    model.addMember(guild, alice, List.of(managers));

    long permissions = model.channelPermissions(channel.id(), alice.id());

    assertThat(Permissions.has(permissions, Permissions.MANAGE_GUILD | Permissions.SEND_MESSAGES))
        .isTrue();
    assertThat(Permissions.has(permissions, Permissions.ADMINISTRATOR)).isFalse();
    assertThat(model.channelPermissions(channel.id(), model.owner(guild).id()))
        .isEqualTo(Permissions.ALL);
  }

  @Test
  void overwritesApplyEveryoneThenRolesThenTheMember() {
    SimGuild guild = guild();
    SimChannel channel = model.createTextChannel(guild, "c");
    SimUser alice = model.createUser("alice");
    SimRole speakers = model.createRole(guild, "speakers", 0);
    model.addMember(guild, alice, List.of(speakers));
    SimRole everyone = model.everyoneRole(guild);

    model.putOverwrite(
        channel, PermissionOverwrite.forRole(everyone, 0, Permissions.SEND_MESSAGES));
    assertThat(model.channelPermissions(channel.id(), alice.id()) & Permissions.SEND_MESSAGES)
        .isZero();

    model.putOverwrite(
        channel, PermissionOverwrite.forRole(speakers, Permissions.SEND_MESSAGES, 0));
    assertThat(model.channelPermissions(channel.id(), alice.id()) & Permissions.SEND_MESSAGES)
        .isNotZero();

    model.putOverwrite(channel, PermissionOverwrite.forMember(alice, 0, Permissions.SEND_MESSAGES));
    assertThat(model.channelPermissions(channel.id(), alice.id()) & Permissions.SEND_MESSAGES)
        .isZero();
  }

  @Test
  void withoutViewChannelNothingElseCountsAndWithoutSendNoEmbeds() {
    SimGuild guild = guild();
    SimChannel channel = model.createTextChannel(guild, "c");
    long bot = model.botUser().id();

    model.putOverwrite(
        channel, PermissionOverwrite.forMember(model.botUser(), 0, Permissions.SEND_MESSAGES));
    long noSend = model.channelPermissions(channel.id(), bot);
    assertThat(noSend & (Permissions.EMBED_LINKS | Permissions.MENTION_EVERYONE)).isZero();
    assertThat(noSend & Permissions.VIEW_CHANNEL).isNotZero();

    model.putOverwrite(
        channel, PermissionOverwrite.forMember(model.botUser(), 0, Permissions.VIEW_CHANNEL));
    assertThat(model.channelPermissions(channel.id(), bot)).isZero();
  }

  @Test
  void administratorsIgnoreOverwrites() {
    SimGuild guild = guild();
    SimChannel channel = model.createTextChannel(guild, "c");
    SimUser admin = model.createUser("admin");
    model.addMember(
        guild, admin, List.of(model.createRole(guild, "admins", Permissions.ADMINISTRATOR)));
    model.putOverwrite(channel, PermissionOverwrite.forMember(admin, 0, Permissions.VIEW_CHANNEL));

    assertThat(model.channelPermissions(channel.id(), admin.id())).isEqualTo(Permissions.ALL);
  }

  @Test
  void allowedMentionsDecideWhoIsPinged() {
    String content = "@everyone and @here meet <@42> and <@!43> in <@&7>";
    JsonNode none = Json.parse("{\"parse\":[]}");
    JsonNode onlyUser42 = Json.parse("{\"parse\":[],\"users\":[\"42\"]}");

    Pings all = MentionResolver.resolve(content, null, true, role -> false);
    Pings nobody = MentionResolver.resolve(content, none, true, role -> true);
    Pings one = MentionResolver.resolve(content, onlyUser42, true, role -> true);
    Pings noPermission = MentionResolver.resolve(content, null, false, role -> false);

    assertThat(all.everyone()).isTrue();
    assertThat(all.here()).isTrue();
    assertThat(all.users()).containsExactlyInAnyOrder(42L, 43L);
    assertThat(all.roles()).containsExactly(7L);
    assertThat(nobody.anyone()).isFalse();
    assertThat(one.users()).containsExactly(42L);
    assertThat(one.everyone()).isFalse();
    assertThat(noPermission.everyone()).isFalse();
    assertThat(noPermission.roles()).isEmpty();
    assertThat(noPermission.users()).containsExactlyInAnyOrder(42L, 43L);
  }

  @Test
  void messageLimitsAreDiscords() {
    assertThat(
            MessageRules.check(Json.parse("{\"content\":\"" + "é".repeat(2000) + "\"}")).isEmpty())
        .isTrue();
    assertThat(
            MessageRules.check(Json.parse("{\"embeds\":[{\"title\":\"" + "t".repeat(257) + "\"}]}"))
                .paths())
        .containsExactly("embeds.0.title");
    assertThat(
            MessageRules.check(
                    Json.parse(
                        "{\"components\":[{\"type\":1,\"components\":["
                            + "{\"type\":2,\"style\":1,\"custom_id\":\"a\",\"label\":\"A\"},"
                            + "{\"type\":2,\"style\":1,\"custom_id\":\"a\",\"label\":\"B\"}]}]}"))
                .paths())
        .containsExactly("components.0.components.1.custom_id");
    assertThat(MessageRules.check(Json.parse("{\"embeds\":[{\"url\":\"not a url\"}]}")).paths())
        .containsExactly("embeds.0.url");
    assertThat(
            MessageRules.checkAutocomplete(
                    Json.parse("{\"choices\":[{\"name\":\"\",\"value\":\"v\"}]}"))
                .paths())
        .containsExactly("data.choices.0.name");
    assertThat(MessageRules.isEmpty(Json.parse("{\"content\":\"\",\"embeds\":[]}"))).isTrue();
  }

  @Test
  void guildsSpreadOverShardsInTurn() {
    Snowflakes ids = new Snowflakes(Clock.systemUTC());
    for (int n = 0; n < 48; n++) {
      long id = ids.nextGuildId();
      for (int shards = 1; shards <= 16; shards++) {
        assertThat(Snowflakes.shardOf(id, shards)).isEqualTo(n % shards);
      }
    }
    long onShard5 = ids.nextGuildIdOnShard(5, 7);
    assertThat(Snowflakes.shardOf(onShard5, 7)).isEqualTo(5);
  }

  @Test
  void theGlobalLimitAllowsNPerSlidingSecond() {
    GlobalRateLimiter limiter = new GlobalRateLimiter(3);
    long second = 1_000_000_000L;

    assertThat(limiter.tryAcquire("t", 0)).isEmpty();
    assertThat(limiter.tryAcquire("t", second / 2)).isEmpty();
    assertThat(limiter.tryAcquire("t", second / 2)).isEmpty();
    assertThat(limiter.tryAcquire("t", second - 1)).hasValue(1);
    assertThat(limiter.tryAcquire("other", second - 1)).isEmpty();
    assertThat(limiter.tryAcquire("t", second)).isEmpty();
    assertThat(limiter.tryAcquire("t", second + 1)).hasValue(second / 2 - 1);
  }
}
