package dev.aphorist.config;

import java.util.List;

/** The configuration cannot be used; the message lists every problem, one per line. */
public class ConfigException extends Exception {

  private final List<String> problems;

  public ConfigException(String source, List<String> problems) {
    super(
        "invalid configuration ("
            + source
            + "):"
            + System.lineSeparator()
            + "  - "
            + String.join(System.lineSeparator() + "  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, e.g. {@code discord.shard-total: must be at least 1, got 0}. */
  public List<String> problems() {
    return problems;
  }
}
