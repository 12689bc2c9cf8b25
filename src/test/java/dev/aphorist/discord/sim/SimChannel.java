package dev.aphorist.discord.sim;

/**
 * A channel of the simulation (a handle): a guild text channel, or a DM with {@code guildId} 0 and
 * {@code recipientId} the user on the other side of the bot.
 */
public record SimChannel(long id, long guildId, Type type, String name, long recipientId) {
  /** Discord's channel types used here: 0 guild text, 1 DM. */
  public enum Type {
    GUILD_TEXT(0),
    DM(1);

    private final int code;

    Type(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  public boolean isDm() {
    return type == Type.DM;
  }

  public String mention() {
    return "<#" + Json.id(id) + ">";
  }
}
