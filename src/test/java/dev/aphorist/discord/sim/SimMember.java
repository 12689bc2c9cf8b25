package dev.aphorist.discord.sim;

/** A user's membership in a simulated guild (a handle; roles live in the simulator). */
public record SimMember(SimGuild guild, SimUser user) {}
