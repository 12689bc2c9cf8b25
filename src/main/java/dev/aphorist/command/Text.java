package dev.aphorist.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Text for a user, as segments with a style, never as pre-rendered markup: each adapter renders the
 * styles its own way and escapes every plain segment, so quote text and user input can never inject
 * Discord markdown, mentions or terminal control characters.
 */
public record Text(List<Segment> segments) {

  public static final Text EMPTY = new Text(List.of());

  public Text {
    segments = List.copyOf(segments);
  }

  /** How a segment is shown. */
  public enum Style {
    PLAIN,
    BOLD,
    ITALIC,
    CODE,
    /** A user, by id; {@code text} is the display name for adapters that cannot mention. */
    USER,
    /** A channel, by id; {@code text} is its name for adapters that cannot link channels. */
    CHANNEL,
    /** An instant, shown in the reader's own time zone where the adapter can. */
    TIME,
    /** A link: {@code text} shown, {@code url} followed (http or https only). */
    LINK
  }

  /**
   * One run of text.
   *
   * @param text the characters to show (for USER and CHANNEL the fallback name)
   * @param style how to show them
   * @param id the user or channel id for USER and CHANNEL, else 0
   * @param instant the instant for TIME, else null
   * @param url the target of a LINK, else null
   */
  public record Segment(String text, Style style, long id, Instant instant, String url) {}

  public static Text plain(String text) {
    return new Builder().plain(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean isEmpty() {
    return segments.isEmpty();
  }

  /** The characters of every segment without styling, e.g. for length checks and logs. */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    segments.forEach(s -> out.append(s.text()));
    return out.toString();
  }

  /** Builds a {@link Text} run by run; empty runs are dropped. */
  public static final class Builder {
    private final List<Segment> segments = new ArrayList<>();

    public Builder plain(String text) {
      return add(text, Style.PLAIN);
    }

    public Builder bold(String text) {
      return add(text, Style.BOLD);
    }

    public Builder italic(String text) {
      return add(text, Style.ITALIC);
    }

    public Builder code(String text) {
      return add(text, Style.CODE);
    }

    public Builder user(long userId, String displayName) {
      segments.add(new Segment(displayName, Style.USER, userId, null, null));
      return this;
    }

    public Builder channel(long channelId, String name) {
      segments.add(new Segment(name, Style.CHANNEL, channelId, null, null));
      return this;
    }

    public Builder time(Instant instant, String fallback) {
      segments.add(new Segment(fallback, Style.TIME, 0, instant, null));
      return this;
    }

    /** A link; without a usable http(s) url the text is shown plain. */
    public Builder link(String text, String url) {
      if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
        return plain(text);
      }
      if (text != null && !text.isEmpty()) {
        segments.add(new Segment(text, Style.LINK, 0, null, url));
      }
      return this;
    }

    public Builder append(Text text) {
      segments.addAll(text.segments());
      return this;
    }

    private Builder add(String text, Style style) {
      if (text != null && !text.isEmpty()) {
        segments.add(new Segment(text, style, 0, null, null));
      }
      return this;
    }

    public Text build() {
      return new Text(segments);
    }
  }
}
