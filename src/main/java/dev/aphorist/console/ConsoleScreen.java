package dev.aphorist.console;

import dev.aphorist.command.Reply;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terminal the console writes to, shared by the session (answers to what the operator types)
 * and the scheduler (quotes of the day arriving in a console channel), so that their output never
 * interleaves mid-line. It also knows the console's channels by name.
 */
public final class ConsoleScreen {

  private final PrintWriter out;
  private final ConsoleRenderer renderer;
  private final Map<Long, String> channelNames = new ConcurrentHashMap<>();

  public ConsoleScreen(PrintWriter out, boolean ansi, java.time.ZoneId zone) {
    this.out = out;
    this.renderer = new ConsoleRenderer(ansi, zone);
    channel(ConsoleChannels.HOME);
  }

  /** The id of a channel typed as {@code #name} (or {@code name}), remembering its name. */
  public long channel(String name) {
    long id = ConsoleChannels.idOf(name);
    channelNames.putIfAbsent(id, ConsoleChannels.normalize(name));
    return id;
  }

  /** The name of a console channel; unknown ids (from an earlier session) get a neutral name. */
  public String channelName(long channelId) {
    return channelNames.getOrDefault(channelId, "channel-" + channelId);
  }

  synchronized void println(String line) {
    out.println(line);
    out.flush();
  }

  synchronized void print(String text) {
    out.print(text);
    out.flush();
  }

  /** Shows a reply in the channel the operator is typing in; returns its button keywords. */
  synchronized Map<String, String> show(Reply reply, String channelName) {
    ConsoleRenderer.Rendered rendered = renderer.render(reply, channelName);
    out.print(rendered.text());
    out.flush();
    return rendered.buttons();
  }

  /** A message arriving in a channel on its own, such as a scheduled quote of the day. */
  public synchronized void post(long channelId, Reply reply) {
    out.println();
    out.print(renderer.render(reply, channelName(channelId)).text());
    out.print(ConsoleSession.PROMPT);
    out.flush();
  }

  ConsoleRenderer renderer() {
    return renderer;
  }
}
