package dev.aphorist.command;

/** Member permissions that Aphorist's own checks care about, as computed by the adapter. */
public enum Permission {
  /** Discord's Manage Server: needed to change a server's quote-of-the-day subscriptions. */
  MANAGE_SERVER,
  /**
   * Send Messages (and Embed Links) in the channel: a member who may not post there may not have
   * the bot post for them either.
   */
  POST_IN_CHANNEL
}
