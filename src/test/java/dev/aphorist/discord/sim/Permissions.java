package dev.aphorist.discord.sim;

/**
 * Discord's permission bits (the subset a quote bot meets) and the channel permission algorithm.
 * Values are Discord's own, so they agree with JDA's {@code Permission.getRawValue()}.
 */
public final class Permissions {
  public static final long CREATE_INSTANT_INVITE = 1L << 0;
  public static final long KICK_MEMBERS = 1L << 1;
  public static final long BAN_MEMBERS = 1L << 2;
  public static final long ADMINISTRATOR = 1L << 3;
  public static final long MANAGE_CHANNELS = 1L << 4;
  public static final long MANAGE_GUILD = 1L << 5;
  public static final long ADD_REACTIONS = 1L << 6;
  public static final long VIEW_CHANNEL = 1L << 10;
  public static final long SEND_MESSAGES = 1L << 11;
  public static final long SEND_TTS_MESSAGES = 1L << 12;
  public static final long MANAGE_MESSAGES = 1L << 13;
  public static final long EMBED_LINKS = 1L << 14;
  public static final long ATTACH_FILES = 1L << 15;
  public static final long READ_MESSAGE_HISTORY = 1L << 16;
  public static final long MENTION_EVERYONE = 1L << 17;
  public static final long USE_EXTERNAL_EMOJIS = 1L << 18;
  public static final long CHANGE_NICKNAME = 1L << 26;
  public static final long MANAGE_ROLES = 1L << 28;
  public static final long USE_APPLICATION_COMMANDS = 1L << 31;
  public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

  /** Every bit Discord defines today (and a few spare): what owners and administrators hold. */
  public static final long ALL = (1L << 51) - 1;

  /** What a new guild's @everyone role gets on Discord (trimmed to the bits that matter here). */
  public static final long DEFAULT_EVERYONE =
      CREATE_INSTANT_INVITE
          | ADD_REACTIONS
          | VIEW_CHANNEL
          | SEND_MESSAGES
          | EMBED_LINKS
          | ATTACH_FILES
          | READ_MESSAGE_HISTORY
          | MENTION_EVERYONE
          | USE_EXTERNAL_EMOJIS
          | CHANGE_NICKNAME
          | USE_APPLICATION_COMMANDS
          | SEND_MESSAGES_IN_THREADS;

  /** What the bot's managed role gets when it is invited with the usual scopes. */
  public static final long DEFAULT_BOT =
      VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY;

  private Permissions() {}

  public static long of(long... bits) {
    long all = 0;
    for (long bit : bits) {
      all |= bit;
    }
    return all;
  }

  public static boolean has(long permissions, long required) {
    return (permissions & required) == required;
  }

  /**
   * Guild-level permissions: owner and administrator hold everything, others the union of roles.
   */
  static long base(boolean owner, long everyone, Iterable<Long> rolePermissions) {
    if (owner) {
      return ALL;
    }
    long permissions = everyone;
    for (long role : rolePermissions) {
      permissions |= role;
    }
    return (permissions & ADMINISTRATOR) != 0 ? ALL : permissions;
  }

  /**
   * Discord's overwrite order: @everyone overwrite, then all role overwrites together (denies
   * before allows), then the member's own overwrite. Without VIEW_CHANNEL nothing else counts, and
   * without SEND_MESSAGES the bits that only qualify a message are gone too.
   */
  static long inChannel(
      long base,
      PermissionOverwrite everyone,
      Iterable<PermissionOverwrite> roleOverwrites,
      PermissionOverwrite member) {
    if ((base & ADMINISTRATOR) != 0 || base == ALL) {
      return ALL;
    }
    long permissions = base;
    if (everyone != null) {
      permissions = (permissions & ~everyone.deny()) | everyone.allow();
    }
    long allow = 0;
    long deny = 0;
    for (PermissionOverwrite overwrite : roleOverwrites) {
      allow |= overwrite.allow();
      deny |= overwrite.deny();
    }
    permissions = (permissions & ~deny) | allow;
    if (member != null) {
      permissions = (permissions & ~member.deny()) | member.allow();
    }
    if ((permissions & VIEW_CHANNEL) == 0) {
      return 0;
    }
    if ((permissions & SEND_MESSAGES) == 0) {
      permissions &= ~(MENTION_EVERYONE | EMBED_LINKS | ATTACH_FILES | SEND_TTS_MESSAGES);
    }
    return permissions;
  }
}
