package dev.aphorist.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.sharding.ShardManager;
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
  void rejectedTokenFailsTheBuild() {
    discord.rejectToken(true);
    assertThatThrownBy(() -> SimulatedJda.shardManager(discord).build())
        .isInstanceOf(InvalidTokenException.class);
  }
}
