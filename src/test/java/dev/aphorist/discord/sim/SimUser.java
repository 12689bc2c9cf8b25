package dev.aphorist.discord.sim;

/** A Discord user of the simulation (a handle: the simulator holds the state). */
public record SimUser(long id, String username, boolean bot) {
  public String mention() {
    return "<@" + Json.id(id) + ">";
  }
}
