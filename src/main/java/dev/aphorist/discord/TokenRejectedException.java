package dev.aphorist.discord;

/** Discord refused the bot token. */
public final class TokenRejectedException extends Exception {

  public TokenRejectedException() {
    super("token rejected by Discord");
  }
}
