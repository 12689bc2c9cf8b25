package dev.aphorist.console;

import dev.aphorist.command.qotd.ChannelAccess;

/** In the console's pretend server every channel exists and the bot may post anywhere. */
public final class ConsoleChannelAccess implements ChannelAccess {

  private final ConsoleScreen screen;

  public ConsoleChannelAccess(ConsoleScreen screen) {
    this.screen = screen;
  }

  @Override
  public Check check(long guildId, long channelId) {
    return guildId == ConsoleChannels.GUILD_ID
        ? new Check.Ready(screen.channelName(channelId))
        : new Check.NotFound();
  }
}
