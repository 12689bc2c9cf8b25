package dev.aphorist.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommandRouterTest {

  private static final Actor MEMBER = new Actor(1, "member", Set.of());
  private static final Actor ADMIN = new Actor(2, "admin", Set.of(Permission.MANAGE_SERVER));
  private static final Place CHANNEL = new Place(10, 20, "general");
  private static final Place DM = new Place(0, 30, "dm");

  /** A module whose subcommands behave as their names say. */
  private static final class FakeModule implements CommandModule {
    private final CommandSpec spec;

    FakeModule(String name, Permission permission, boolean guildOnly) {
      this.spec =
          new CommandSpec(
              name,
              "test command",
              List.of(
                  new CommandSpec.SubcommandSpec("ok", "answers", List.of()),
                  new CommandSpec.SubcommandSpec("user-error", "refuses", List.of()),
                  new CommandSpec.SubcommandSpec("crash", "throws", List.of()),
                  new CommandSpec.SubcommandSpec(
                      "admin", "for admins", List.of(), Permission.MANAGE_SERVER)),
              permission,
              guildOnly);
    }

    @Override
    public CommandSpec spec() {
      return spec;
    }

    @Override
    public Reply handle(CommandRequest request) {
      return switch (request.subcommand()) {
        case "ok", "admin" -> Reply.privateNotice("fine");
        case "user-error" -> throw new UserError("No quote has the id abc.");
        default -> throw new IllegalStateException("secret internal detail");
      };
    }

    @Override
    public List<OptionSpec.Choice> autocomplete(AutocompleteRequest request) {
      if (request.partial().equals("crash")) {
        throw new IllegalStateException("boom");
      }
      return IntStream.range(0, 40)
          .mapToObj(i -> new OptionSpec.Choice("x".repeat(150) + i, "v" + i))
          .toList();
    }

    @Override
    public List<String> actionVerbs() {
      return List.of(spec.name() + "-press");
    }

    @Override
    public Reply act(ActionRequest request) {
      throw new IllegalStateException("button crash");
    }
  }

  private final List<String> served = new ArrayList<>();
  private final CommandMetrics metrics =
      (name, latency, failed) -> served.add(name + (failed ? " failed" : " ok"));

  private CommandRouter router() {
    return new CommandRouter(
        List.of(
            new FakeModule("quote", null, false),
            new FakeModule("qotd", Permission.MANAGE_SERVER, true)),
        metrics,
        Clock.systemUTC());
  }

  private static CommandRequest request(String command, String sub, Actor actor, Place place) {
    return new CommandRequest(command, sub, Map.of(), actor, place);
  }

  @Test
  void routesToTheModuleAndCountsTheCall() {
    Reply reply = router().handle(request("quote", "ok", MEMBER, CHANNEL));
    assertThat(reply.message().plainText()).isEqualTo("fine");
    assertThat(served).containsExactly("/quote ok ok");
  }

  @Test
  void guildOnlyCommandsAreRefusedInDirectMessages() {
    Reply reply = router().handle(request("qotd", "ok", ADMIN, DM));
    assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
    assertThat(reply.message().plainText()).contains("works in a server channel");
  }

  @Test
  void permissionsAreCheckedByTheBotItself() {
    Reply refused = router().handle(request("qotd", "ok", MEMBER, CHANNEL));
    assertThat(refused.message().plainText())
        .isEqualTo("You need the Manage Server permission to use /qotd.");
    assertThat(router().handle(request("qotd", "ok", ADMIN, CHANNEL)).message().plainText())
        .isEqualTo("fine");
  }

  @Test
  void aSubcommandCanNeedAPermissionItsCommandDoesNot() {
    assertThat(router().handle(request("quote", "admin", MEMBER, CHANNEL)).message().plainText())
        .isEqualTo("You need the Manage Server permission to use /quote admin.");
    assertThat(router().handle(request("quote", "admin", ADMIN, CHANNEL)).message().plainText())
        .isEqualTo("fine");
  }

  @Test
  void failuresBecomeAShortPrivateMessageWithoutInternals() {
    Reply reply = router().handle(request("quote", "crash", MEMBER, CHANNEL));
    assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
    assertThat(reply.message().plainText())
        .isEqualTo(CommandRouter.FAILURE_MESSAGE)
        .doesNotContain("secret internal detail");
    assertThat(served).containsExactly("/quote crash failed");

    Reply button = router().act(new ActionRequest(ActionId.of("quote-press"), MEMBER, CHANNEL));
    assertThat(button.message().plainText()).isEqualTo(CommandRouter.FAILURE_MESSAGE);
  }

  @Test
  void userErrorsAreShownAsTheyAreAndNotCountedAsFailures() {
    Reply reply = router().handle(request("quote", "user-error", MEMBER, CHANNEL));
    assertThat(reply.message().plainText()).isEqualTo("No quote has the id abc.");
    assertThat(served).containsExactly("/quote user-error ok");
  }

  @Test
  void unknownCommandsAndButtonsGetAClearMessage() {
    assertThat(router().handle(request("nope", "ok", MEMBER, CHANNEL)).message().plainText())
        .isEqualTo("Unknown command /nope ok.");
    assertThat(router().handle(request("quote", "nope", MEMBER, CHANNEL)).message().plainText())
        .isEqualTo("Unknown command /quote nope.");
    assertThat(
            router()
                .act(new ActionRequest(ActionId.of("gone"), MEMBER, CHANNEL))
                .message()
                .plainText())
        .contains("no longer works");
  }

  @Test
  void autocompleteIsCutToDiscordsLimitsAndNeverThrows() {
    AutocompleteRequest typing =
        new AutocompleteRequest("quote", "ok", "query", "ca", Map.of(), MEMBER, CHANNEL);
    List<OptionSpec.Choice> choices = router().autocomplete(typing);
    assertThat(choices).hasSize(CommandRouter.MAX_CHOICES);
    assertThat(choices).allSatisfy(c -> assertThat(c.name()).hasSizeLessThanOrEqualTo(100));

    AutocompleteRequest crashing =
        new AutocompleteRequest("quote", "ok", "query", "crash", Map.of(), MEMBER, CHANNEL);
    assertThat(router().autocomplete(crashing)).isEmpty();
  }

  @Test
  void twoModulesCannotClaimTheSameCommand() {
    assertThatThrownBy(
            () ->
                new CommandRouter(
                    List.of(
                        new FakeModule("quote", null, false), new FakeModule("quote", null, false)),
                    CommandMetrics.NONE,
                    Clock.systemUTC()))
        .hasMessageContaining("two modules for /quote");
  }

  @Test
  void latencyIsMeasuredWithTheInjectedClock() {
    List<Duration> latencies = new ArrayList<>();
    CommandRouter router =
        new CommandRouter(
            List.of(new FakeModule("quote", null, false)),
            (name, latency, failed) -> latencies.add(latency),
            Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
    router.handle(request("quote", "ok", MEMBER, CHANNEL));
    assertThat(latencies).containsExactly(Duration.ZERO);
  }
}
