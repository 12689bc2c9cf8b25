package dev.aphorist.command;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a button does, encoded into its id so that a press carries all it needs, also after a
 * restart: {@code verb|arg|arg}, each argument percent-encoded. Discord caps ids at 100 characters;
 * {@link #encode()} refuses longer ones, and callers shorten what they put in.
 *
 * @param verb the action
 * @param args its arguments
 */
public record ActionId(String verb, List<String> args) {

  private static final char SEPARATOR = '|';

  public ActionId {
    if (verb == null || !verb.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("invalid action verb " + verb);
    }
    args = List.copyOf(args);
  }

  public static ActionId of(String verb, String... args) {
    return new ActionId(verb, List.of(args));
  }

  public String arg(int index) {
    return index < args.size() ? args.get(index) : "";
  }

  /** The button id; throws when it would exceed Discord's 100 characters. */
  public String encode() {
    StringBuilder out = new StringBuilder(verb);
    for (String arg : args) {
      out.append(SEPARATOR).append(URLEncoder.encode(arg, StandardCharsets.UTF_8));
    }
    if (out.length() > Button.MAX_ID) {
      throw new IllegalArgumentException("action id longer than " + Button.MAX_ID + ": " + out);
    }
    return out.toString();
  }

  /** The length {@link #encode()} would produce. */
  public int encodedLength() {
    int length = verb.length();
    for (String arg : args) {
      length += 1 + URLEncoder.encode(arg, StandardCharsets.UTF_8).length();
    }
    return length;
  }

  /** Parses a button id; empty for ids this version does not understand (never an exception). */
  public static Optional<ActionId> decode(String id) {
    if (id == null || id.isEmpty() || id.length() > Button.MAX_ID) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= id.length(); i++) {
      if (i == id.length() || id.charAt(i) == SEPARATOR) {
        parts.add(id.substring(start, i));
        start = i + 1;
      }
    }
    try {
      List<String> args = new ArrayList<>();
      for (String part : parts.subList(1, parts.size())) {
        args.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
      }
      return Optional.of(new ActionId(parts.get(0), args));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
