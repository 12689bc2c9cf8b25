package dev.aphorist.console;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The pretend channels of the console's pretend server. Any {@code #name} is a channel; its id is
 * derived from the name, so subscriptions made in one console session still point at the same
 * channel in the next.
 */
final class ConsoleChannels {

  /** The console's own server id. */
  static final long GUILD_ID = 1;

  /** The channel the console session types into. */
  static final String HOME = "console";

  private ConsoleChannels() {}

  static String normalize(String name) {
    String stripped = name.strip();
    if (stripped.startsWith("#")) {
      stripped = stripped.substring(1);
    }
    return stripped.toLowerCase(Locale.ROOT);
  }

  /** A stable, positive id for a channel name (above the guild id, below Discord's snowflakes). */
  static long idOf(String name) {
    CRC32 crc = new CRC32();
    crc.update(normalize(name).getBytes(StandardCharsets.UTF_8));
    return 1000 + crc.getValue();
  }
}
