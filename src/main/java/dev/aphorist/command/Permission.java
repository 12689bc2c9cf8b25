package dev.aphorist.command;

/** Server permissions that Aphorist's own checks care about. */
public enum Permission {
  /** Discord's Manage Server: needed to change a server's quote-of-the-day subscriptions. */
  MANAGE_SERVER
}
