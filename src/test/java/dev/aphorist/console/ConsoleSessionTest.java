package dev.aphorist.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.command.ActionId;
import dev.aphorist.command.ActionRequest;
import dev.aphorist.command.AutocompleteRequest;
import dev.aphorist.command.Button;
import dev.aphorist.command.Card;
import dev.aphorist.command.CommandMetrics;
import dev.aphorist.command.CommandModule;
import dev.aphorist.command.CommandRequest;
import dev.aphorist.command.CommandRouter;
import dev.aphorist.command.CommandSpec;
import dev.aphorist.command.OptionSpec;
import dev.aphorist.command.Reply;
import dev.aphorist.command.Text;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {

  /** Answers with what it was asked, so the test sees exactly what the console passed on. */
  private static final class EchoModule implements CommandModule {
    @Override
    public CommandSpec spec() {
      return ConsoleLineTest.SPECS.get(0);
    }

    @Override
    public Reply handle(CommandRequest request) {
      Card card =
          new Card(
              "Echo \u001b[31mred",
              null,
              "Joe",
              null,
              Text.builder().plain("query=").bold(request.options().toString()).build(),
              List.of(),
              "id abc");
      return new Reply(
          Reply.Visibility.PRIVATE,
          Text.EMPTY,
          List.of(card),
          List.of(
              List.of(
                  Button.of(ActionId.of("page", "2").encode(), "Next", Button.Style.SECONDARY),
                  Button.of(ActionId.of("post", "1").encode(), "Post 1", Button.Style.PRIMARY),
                  Button.of(ActionId.of("post", "2").encode(), "Post 2", Button.Style.PRIMARY))),
          false);
    }

    @Override
    public List<OptionSpec.Choice> autocomplete(AutocompleteRequest request) {
      return List.of(
          new OptionSpec.Choice(request.option() + " starts " + request.partial(), "v1"));
    }

    @Override
    public List<String> actionVerbs() {
      return List.of("page", "post");
    }

    @Override
    public Reply act(ActionRequest request) {
      return new Reply(
          request.action().verb().equals("post")
              ? Reply.Visibility.PUBLIC
              : Reply.Visibility.PRIVATE,
          Text.plain(request.action().verb() + " " + request.action().arg(0)),
          List.of(),
          List.of(),
          false);
    }
  }

  private String run(String script) throws Exception {
    CommandRouter router =
        new CommandRouter(List.of(new EchoModule()), CommandMetrics.NONE, Clock.systemUTC());
    StringWriter output = new StringWriter();
    new ConsoleSession(
            router,
            new BufferedReader(new StringReader(script)),
            new ConsoleScreen(new PrintWriter(output), false, ZoneOffset.UTC))
        .run();
    return output.toString();
  }

  @Test
  void answersCommandsAndPressesButtonsByKeyword() throws Exception {
    String output = run("/quote search caches\n:post2\n/quote search x\n:next\n:nope\nexit\n");

    assertThat(output)
        .contains("[only you can see this]")
        .contains("**Echo [31mred**")
        .doesNotContain("\u001b")
        .contains("query=**{query=caches}**")
        .contains("\u2014 Joe")
        .contains("[:next Next] [:post1 Post 1] [:post2 Post 2]")
        .contains("page 2")
        .contains("[posted in #console]\npost 2")
        .contains("There is no button to press.");
  }

  @Test
  void aQuestionMarkListsSuggestions() throws Exception {
    String output = run("/quote search author:jo?\n");
    assertThat(output).contains("  author starts jo   [author:v1]");
  }

  @Test
  void helpListsEveryCommandWithItsOptions() throws Exception {
    String output = run("help\n");
    assertThat(output)
        .contains("/quote search query:<string> [author:<string>] [topic:<string>]")
        .contains("/quote today");
  }

  @Test
  void mistakesGetAMessageAndTheSessionGoesOn() throws Exception {
    String output = run("hello\n/quote tomorrow\n/quote today\n");
    assertThat(output)
        .contains("Commands start with /")
        .contains("Unknown subcommand /quote tomorrow")
        .contains("query=**{}**");
  }

  @Test
  void endOfInputEndsTheSession() throws Exception {
    assertThat(run("")).startsWith("Aphorist console.").endsWith(ConsoleSession.PROMPT + "\n");
  }
}
