package dev.aphorist.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatorLoginTest {
  private DiscordSimulator discord;
  private ShardManager manager;
  private ShardManager second;

  @BeforeEach
  void start() {
    discord = DiscordSimulator.start();
  }

  @AfterEach
  void stop() {
    if (manager != null) {
      manager.shutdown();
    }
    if (second != null) {
      second.shutdown();
    }
    discord.close();
  }

  @Test
  void logsInWithOneShardAndSeesTheGuild() {
    SimGuild guild = discord.createGuild("Lab");
    SimChannel general = discord.createTextChannel(guild, "general");
    SimUser alice = discord.createUser("alice");
    discord.addMember(guild, alice);

    manager = SimulatedJda.awaitConnected(SimulatedJda.shardManager(discord).build(), 1);

    Guild seen = manager.getGuildById(guild.id());
    assertThat(seen).isNotNull();
    assertThat(seen.getName()).isEqualTo("Lab");
    assertThat(seen.getTextChannelById(general.id())).isNotNull();
    assertThat(seen.getPublicRole().getIdLong()).isEqualTo(guild.id());
    assertThat(seen.getSelfMember().getIdLong()).isEqualTo(discord.botUser().id());
    assertThat(manager.getShardById(0).getSelfUser().getApplicationIdLong())
        .isEqualTo(discord.applicationId());
    assertThat(discord.requests(RestRoute.GET_GATEWAY_BOT)).isNotEmpty();
    assertThat(discord.sessions())
        .singleElement()
        .satisfies(s -> assertThat(s.connected()).isTrue());
  }

  @Test
  void logsInWithFourShardsEachOwningItsGuilds() {
    discord.setShardCount(4);
    List<SimGuild> guilds = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      guilds.add(discord.createGuild("Guild " + i));
    }

    manager = SimulatedJda.awaitConnected(SimulatedJda.shardManager(discord).build(), 4);

    for (int i = 0; i < guilds.size(); i++) {
      SimGuild guild = guilds.get(i);
      assertThat(guild.shard(4)).isEqualTo(i % 4);
      JDA shard = manager.getShardById(guild.shard(4));
      assertThat(shard.getGuildById(guild.id())).as("guild %d on shard %d", i, i % 4).isNotNull();
      assertThat(shard.getGuilds()).hasSize(2);
    }
    assertThat(discord.sessions())
        .extracting(ShardSession::shardId)
        .containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void twoShardManagersSplitFourShards() {
    discord.setShardCount(4);
    SimGuild onShard1 = discord.createGuildOnShard("One", 1, 4);
    SimGuild onShard3 = discord.createGuildOnShard("Three", 3, 4);
    SimChannel channel = discord.createTextChannel(onShard3, "general");
    SimUser alice = discord.createUser("alice");
    discord.addMember(onShard3, alice);
    PingListener first = new PingListener();
    PingListener secondListener = new PingListener();

    manager =
        SimulatedJda.shardManager(discord)
            .setShardsTotal(4)
            .setShards(0, 1)
            .addEventListeners(first)
            .build();
    second =
        SimulatedJda.shardManager(discord)
            .setShardsTotal(4)
            .setShards(2, 3)
            .addEventListeners(secondListener)
            .build();
    SimulatedJda.awaitConnected(manager, 2);
    SimulatedJda.awaitConnected(second, 2);

    assertThat(manager.getGuildById(onShard1.id())).isNotNull();
    assertThat(manager.getGuildById(onShard3.id())).isNull();
    assertThat(second.getGuildById(onShard3.id())).isNotNull();
    discord.requireRegisteredCommands(false);
    SimInteraction ping =
        discord.slashCommand("ping").subcommand("reply").by(alice).in(channel).send();
    assertThat(ping.awaitReply().content()).startsWith("pong");
    assertThat(secondListener.outcomes).containsKey(ping.id());
    assertThat(first.outcomes).doesNotContainKey(ping.id());
  }

  @Test
  void guildAndChannelChangesAfterLoginReachJda() {
    manager = SimulatedJda.awaitConnected(SimulatedJda.shardManager(discord).build(), 1);

    SimGuild late = discord.createGuild("Late");
    SimChannel news = discord.createTextChannel(late, "news");
    await().until(() -> manager.getTextChannelById(news.id()) != null);

    discord.deleteChannel(news);
    await().until(() -> manager.getTextChannelById(news.id()) == null);

    discord.setGuildUnavailable(late, true);
    await().until(() -> manager.getShardById(0).isUnavailable(late.id()));
    discord.setGuildUnavailable(late, false);
    await().until(() -> manager.getGuildById(late.id()) != null);

    discord.removeBotFromGuild(late);
    await().until(() -> manager.getGuildById(late.id()) == null);
    assertThat(manager.getShardById(0).isUnavailable(late.id())).isFalse();
  }

  @Test
  void aTokenRevokedWhileConnectedEndsTheSession() {
    manager = SimulatedJda.awaitConnected(SimulatedJda.shardManager(discord).build(), 1);

    discord.rejectToken(true);
    discord.closeShard(0, 4000);

    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                manager.getShardById(0) == null
                    || manager.getShardById(0).getStatus() == JDA.Status.SHUTDOWN);
  }

  @Test
  void jdasDefaultZlibStreamCompressionWorksToo() {
    SimGuild guild = discord.createGuild("Zipped");
    SimChannel general = discord.createTextChannel(guild, "general");
    SimUser alice = discord.createUser("alice");
    discord.addMember(guild, alice);
    discord.requireRegisteredCommands(false);

    manager =
        SimulatedJda.awaitConnected(
            SimulatedJda.shardManager(discord)
                .setCompression(Compression.ZLIB)
                .addEventListeners(new PingListener())
                .build(),
            1);

    assertThat(manager.getTextChannelById(general.id())).isNotNull();
    SimInteraction ping =
        discord.slashCommand("ping").subcommand("reply").by(alice).in(general).send();
    assertThat(ping.awaitReply().content()).startsWith("pong");
    discord.closeShard(0, 4000);
    await().atMost(Duration.ofSeconds(15)).until(() -> discord.resumeCount() == 1);
    SimInteraction after =
        discord.slashCommand("ping").subcommand("reply").by(alice).in(general).send();
    assertThat(after.awaitReply().content()).startsWith("pong");
  }

  @Test
  void rejectedTokenFailsTheBuild() {
    discord.rejectToken(true);
    assertThatThrownBy(() -> SimulatedJda.shardManager(discord).build())
        .isInstanceOf(InvalidTokenException.class);
  }
}
