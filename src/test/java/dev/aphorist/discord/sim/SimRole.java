package dev.aphorist.discord.sim;

/** A role of a simulated guild (a handle; its permissions live in the simulator). */
public record SimRole(long id, long guildId, String name) {
  public boolean isEveryone() {
    return id == guildId;
  }

  public String mention() {
    return isEveryone() ? "@everyone" : "<@&" + Json.id(id) + ">";
  }
}
