package dev.aphorist.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aphorist.command.CommandSpec;
import dev.aphorist.command.OptionSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleLineTest {

  static final List<CommandSpec> SPECS =
      List.of(
          new CommandSpec(
              "quote",
              "quotes",
              List.of(
                  new CommandSpec.SubcommandSpec(
                      "search",
                      "search",
                      List.of(
                          OptionSpec.suggested("query", "what", true, 100),
                          OptionSpec.suggested("author", "who", false, 100),
                          OptionSpec.suggested("topic", "tag", false, 100))),
                  new CommandSpec.SubcommandSpec(
                      "random",
                      "random",
                      List.of(
                          OptionSpec.suggested("topic", "tag", false, 100),
                          OptionSpec.suggested("author", "who", false, 100))),
                  new CommandSpec.SubcommandSpec("today", "today", List.of())),
              null,
              false),
          new CommandSpec(
              "qotd",
              "schedule",
              List.of(
                  new CommandSpec.SubcommandSpec(
                      "subscribe",
                      "subscribe",
                      List.of(
                          OptionSpec.channel("channel", "where", true),
                          OptionSpec.text("time", "when", true)))),
              null,
              true));

  @Test
  void freeWordsFillTheFirstRequiredTextOptionAndKeepPhraseQuotes() throws Exception {
    ConsoleLine line =
        ConsoleLine.parse("/quote search \"cache invalidation\" hard author:Joe", SPECS);
    assertThat(line.command()).isEqualTo("quote");
    assertThat(line.subcommand()).isEqualTo("search");
    assertThat(line.options())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("query", "\"cache invalidation\" hard", "author", "Joe"));
    assertThat(line.focused()).isNull();
  }

  @Test
  void optionValuesMayBeQuotedAndContainColons() throws Exception {
    ConsoleLine line = ConsoleLine.parse("/qotd subscribe channel:#general time:09:30", SPECS);
    assertThat(line.options()).containsEntry("channel", "#general").containsEntry("time", "09:30");

    ConsoleLine quoted = ConsoleLine.parse("/quote search query:\"two words\" topic:teams", SPECS);
    assertThat(quoted.options())
        .containsEntry("query", "two words")
        .containsEntry("topic", "teams");
  }

  @Test
  void aTrailingQuestionMarkAsksForSuggestionsOfTheLastOption() throws Exception {
    assertThat(ConsoleLine.parse("/quote search query:cach?", SPECS).focused()).isEqualTo("query");
    assertThat(ConsoleLine.parse("/quote search cach?", SPECS).focused()).isEqualTo("query");
    ConsoleLine author = ConsoleLine.parse("/quote random author:jo?", SPECS);
    assertThat(author.focused()).isEqualTo("author");
    assertThat(author.options()).containsEntry("author", "jo");
  }

  @Test
  void mistakesAreExplained() {
    assertThatThrownBy(() -> ConsoleLine.parse("quote today", SPECS))
        .hasMessageContaining("Commands start with /");
    assertThatThrownBy(() -> ConsoleLine.parse("/nope x", SPECS))
        .hasMessage("Unknown command /nope. Type help for the list.");
    assertThatThrownBy(() -> ConsoleLine.parse("/quote", SPECS))
        .hasMessage("/quote needs a subcommand: search, random, today.");
    assertThatThrownBy(() -> ConsoleLine.parse("/quote tomorrow", SPECS))
        .hasMessageContaining("Unknown subcommand /quote tomorrow");
    assertThatThrownBy(() -> ConsoleLine.parse("/quote random joe author:x", SPECS))
        .hasMessage("Unexpected \"joe\". Options of /quote random: topic:, author:.");
  }

  @Test
  void anOptionValueRunsToTheNextOption() throws Exception {
    ConsoleLine line =
        ConsoleLine.parse("/quote search cache author:Marc Brooker topic:teams", SPECS);
    assertThat(line.options())
        .containsEntry("query", "cache")
        .containsEntry("author", "Marc Brooker")
        .containsEntry("topic", "teams");
  }
}
