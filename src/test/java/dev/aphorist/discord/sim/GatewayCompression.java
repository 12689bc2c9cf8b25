package dev.aphorist.discord.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * Discord's zlib-stream transport compression: one zlib stream per connection, each message flushed
 * with SYNC_FLUSH so it ends in 00 00 ff ff (what JDA's default Compression.ZLIB expects).
 */
final class GatewayCompression {
  private final Deflater deflater = new Deflater();
  private final byte[] buffer = new byte[8192];
  private boolean ended;

  /**
   * Callers serialize: the stream's state is shared by every message of the connection. Null once
   * the connection has closed.
   */
  byte[] compress(String message) {
    if (ended) {
      return null;
    }
    deflater.setInput(message.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream(message.length() / 2 + 16);
    int written;
    do {
      written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
      out.write(buffer, 0, written);
    } while (written == buffer.length || !deflater.needsInput());
    return out.toByteArray();
  }

  void end() {
    ended = true;
    deflater.end();
  }
}
