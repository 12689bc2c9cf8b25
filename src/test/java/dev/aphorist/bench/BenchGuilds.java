package dev.aphorist.bench;

import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.discord.sim.SimChannel;
import dev.aphorist.discord.sim.SimGuild;
import dev.aphorist.discord.sim.SimUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The servers of the Discord benchmark: each with one text channel and one member (not the owner,
 * so the bot computes the member's real permissions) who sends that server's interactions.
 */
final class BenchGuilds {

  /** One benchmark server: where its member asks. */
  record BenchGuild(SimGuild guild, SimChannel channel, SimUser member) {}

  private BenchGuilds() {}

  static List<BenchGuild> populate(DiscordSimulator discord, int count) {
    List<BenchGuild> guilds = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String number = String.format(Locale.ROOT, "%05d", i);
      SimGuild guild = discord.createGuild("Bench " + number);
      SimChannel channel = discord.createTextChannel(guild, "general");
      SimUser member = discord.createUser("member" + number);
      discord.addMember(guild, member);
      guilds.add(new BenchGuild(guild, channel, member));
    }
    return guilds;
  }
}
