package dev.aphorist.console;

import dev.aphorist.command.Button;
import dev.aphorist.command.Card;
import dev.aphorist.command.Reply;
import dev.aphorist.command.Text;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders replies as plain terminal text. Styles become light markers ({@code **bold**}) or ANSI
 * codes on a real terminal; control characters in any text are dropped so that a quote can never
 * drive the terminal. Buttons are listed with the keyword that presses them ({@code :next}).
 */
final class ConsoleRenderer {

  private static final int WIDTH = 78;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm z", Locale.ENGLISH);

  private final boolean ansi;
  private final ZoneId zone;

  ConsoleRenderer(boolean ansi, ZoneId zone) {
    this.ansi = ansi;
    this.zone = zone;
  }

  /** The rendered reply, and the keyword of each button in it. */
  record Rendered(String text, Map<String, String> buttons) {}

  Rendered render(Reply reply, String channelName) {
    StringBuilder out = new StringBuilder();
    out.append(
        reply.visibility() == Reply.Visibility.PUBLIC
            ? "[posted in #" + clean(channelName) + "]\n"
            : "[only you can see this]\n");
    if (!reply.message().isEmpty()) {
      wrap(render(reply.message()), "", out);
    }
    for (Card card : reply.cards()) {
      out.append('\n');
      card(card, out);
    }
    Map<String, String> keywords = keywords(reply.buttonRows());
    if (!keywords.isEmpty()) {
      List<String> shown = new ArrayList<>();
      reply.buttonRows().stream()
          .flatMap(List::stream)
          .forEach(
              button -> {
                String key = keyOf(keywords, button.id());
                shown.add(
                    button.disabled()
                        ? "(" + clean(button.label()) + ")"
                        : "[:" + key + " " + clean(button.label()) + "]");
              });
      out.append('\n');
      wrap(String.join(" ", shown), "", out);
    }
    keywords.keySet().removeIf(key -> isDisabled(reply, keywords.get(key)));
    return new Rendered(out.toString(), keywords);
  }

  private void card(Card card, StringBuilder out) {
    if (card.title() != null) {
      String title = clean(card.title());
      out.append(bold(title));
      if (card.titleUrl() != null) {
        out.append("  <").append(clean(card.titleUrl())).append('>');
      }
      out.append('\n');
    }
    if (!card.body().isEmpty()) {
      wrap(render(card.body()), "  ", out);
    }
    if (card.authorName() != null) {
      out.append("    \u2014 ").append(clean(card.authorName()));
      if (card.authorUrl() != null) {
        out.append("  <").append(clean(card.authorUrl())).append('>');
      }
      out.append('\n');
    }
    for (Card.Field field : card.fields()) {
      wrap(clean(field.name()) + ": " + render(field.value()), "  ", out);
    }
    if (card.footer() != null) {
      out.append("  ").append(clean(card.footer())).append('\n');
    }
  }

  String render(Text text) {
    StringBuilder out = new StringBuilder();
    for (Text.Segment segment : text.segments()) {
      String value = clean(segment.text());
      switch (segment.style()) {
        case PLAIN -> out.append(value);
        case BOLD -> out.append(bold(value));
        case ITALIC -> out.append(ansi ? "\u001b[3m" + value + "\u001b[0m" : "_" + value + "_");
        case CODE -> out.append('`').append(value).append('`');
        case USER -> out.append('@').append(value);
        case CHANNEL -> out.append('#').append(value);
        case TIME -> out.append(TIME.format(segment.instant().atZone(zone)));
        case LINK -> out.append(value).append(" <").append(clean(segment.url())).append('>');
      }
    }
    return out.toString();
  }

  private String bold(String value) {
    return ansi ? "\u001b[1m" + value + "\u001b[0m" : "**" + value + "**";
  }

  /** Drops control characters (escape sequences, bells) but keeps line breaks and tabs. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> cp == '\n' || cp == '\t' || !Character.isISOControl(cp))
        .filter(cp -> Character.getType(cp) != Character.FORMAT || cp == 0x200d)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Word-wraps {@code text} to the console width with {@code indent} on every line. */
  private static void wrap(String text, String indent, StringBuilder out) {
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder(indent);
      for (String word : paragraph.split(" ")) {
        if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
          out.append(line).append('\n');
          line = new StringBuilder(indent);
        }
        if (line.length() > indent.length()) {
          line.append(' ');
        }
        line.append(word);
      }
      out.append(line).append('\n');
    }
  }

  /**
   * A short keyword per button: the first word of its label ({@code next}), or the whole label
   * without spaces when two buttons start alike ({@code post1}, {@code post2}).
   */
  static Map<String, String> keywords(List<List<Button>> rows) {
    List<Button> buttons = rows.stream().flatMap(List::stream).toList();
    Map<String, Integer> firstWords = new LinkedHashMap<>();
    for (Button button : buttons) {
      firstWords.merge(firstWord(button.label()), 1, Integer::sum);
    }
    Map<String, String> keywords = new LinkedHashMap<>();
    for (Button button : buttons) {
      String first = firstWord(button.label());
      String key = firstWords.get(first) == 1 ? first : squashed(button.label());
      if (key.isEmpty() || keywords.containsKey(key)) {
        key = String.valueOf(keywords.size() + 1);
      }
      keywords.put(key, button.id());
    }
    return keywords;
  }

  private static String keyOf(Map<String, String> keywords, String id) {
    return keywords.entrySet().stream()
        .filter(e -> e.getValue().equals(id))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("?");
  }

  private static boolean isDisabled(Reply reply, String id) {
    return reply.buttonRows().stream()
        .flatMap(List::stream)
        .anyMatch(b -> b.id().equals(id) && b.disabled());
  }

  private static String firstWord(String label) {
    return squashed(label.strip().split("\\s+")[0]);
  }

  private static String squashed(String label) {
    return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
