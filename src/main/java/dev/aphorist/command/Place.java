package dev.aphorist.command;

/**
 * Where a command was run.
 *
 * @param guildId the server's id, or 0 in a direct message
 * @param channelId the channel's id
 * @param channelName the channel's name, for messages
 */
public record Place(long guildId, long channelId, String channelName) {

  public boolean isDirectMessage() {
    return guildId == 0;
  }
}
