package dev.aphorist.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Message flows beyond the basic replies: embeds, edits, deletes, DMs, deferred updates. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorMessageFlowTest {
  private DiscordSimulator discord;
  private ShardManager manager;
  private SimGuild guild;
  private SimChannel general;
  private SimUser alice;

  /** Answers a button press with a deferred update, then edits the message through the hook. */
  private static final class DeferredButtons extends ListenerAdapter {
    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
      event
          .deferEdit()
          .submit()
          .thenCompose(
              hook ->
                  hook.editOriginal("pressed " + event.getComponentId()).setComponents().submit());
    }
  }

  @BeforeAll
  void start() {
    discord = DiscordSimulator.start();
    guild = discord.createGuild("Lab");
    general = discord.createTextChannel(guild, "general");
    alice = discord.createUser("alice");
    discord.addMember(guild, alice);
    manager =
        SimulatedJda.awaitConnected(
            SimulatedJda.shardManager(discord).addEventListeners(new DeferredButtons()).build(), 1);
  }

  @AfterAll
  void stop() {
    manager.shutdown();
    discord.close();
  }

  private TextChannel general() {
    return manager.getTextChannelById(general.id());
  }

  @Test
  void embedsAndButtonsRoundTripThroughJda() throws Exception {
    MessageEmbed embed =
        new EmbedBuilder()
            .setDescription("Premature optimization is the root of all evil.")
            .setAuthor("Donald Knuth", "https://example.org/knuth")
            .setFooter("id abc123")
            .build();

    Message sent =
        general()
            .sendMessageEmbeds(embed)
            .setComponents(ActionRow.of(Button.primary("another", "Another one")))
            .setAllowedMentions(List.of())
            .submit()
            .get(10, TimeUnit.SECONDS);

    assertThat(sent.getEmbeds())
        .singleElement()
        .satisfies(e -> assertThat(e.getFooter().getText()).isEqualTo("id abc123"));
    assertThat(sent.getComponentTree().findAll(Button.class))
        .extracting(Button::getCustomId)
        .containsExactly("another");
    SimMessage stored = discord.message(sent.getIdLong()).orElseThrow();
    assertThat(stored.embed(0).path("author").path("name").asText()).isEqualTo("Donald Knuth");
    assertThat(stored.buttonLabels()).containsExactly("Another one");
    assertThat(discord.schemaViolations()).isEmpty();
  }

  @Test
  void aDeferredUpdateThenAnEditChangesTheButtonsMessage() throws Exception {
    Message sent =
        general()
            .sendMessage("choose")
            .setComponents(
                ActionRow.of(Button.primary("left", "Left"), Button.primary("right", "Right")))
            .submit()
            .get(10, TimeUnit.SECONDS);
    SimMessage message = discord.message(sent.getIdLong()).orElseThrow();

    SimInteraction press = discord.buttonPress(message, "right").by(alice).send();

    SimMessage updated = press.awaitReply();
    assertThat(press.callbackType()).isEqualTo(6);
    assertThat(updated.content()).isEqualTo("pressed right");
    assertThat(updated.buttonCustomIds()).isEmpty();
  }

  @Test
  void messagesCanBeEditedAndDeleted() throws Exception {
    Message sent = general().sendMessage("draft").submit().get(10, TimeUnit.SECONDS);

    sent.editMessage("final").submit().get(10, TimeUnit.SECONDS);
    assertThat(discord.message(sent.getIdLong()).orElseThrow().content()).isEqualTo("final");

    sent.delete().submit().get(10, TimeUnit.SECONDS);
    assertThat(discord.message(sent.getIdLong()).orElseThrow().deleted()).isTrue();
    assertThat(discord.messageVersions(sent.getIdLong()))
        .extracting(SimMessage::content)
        .containsExactly("draft", "final", "final");
  }

  @Test
  void theBotCanDirectMessageAMember() throws Exception {
    manager
        .retrieveUserById(alice.id())
        .submit()
        .thenCompose(user -> user.openPrivateChannel().submit())
        .thenCompose(dm -> dm.sendMessage("hello in private").submit())
        .get(10, TimeUnit.SECONDS);

    assertThat(discord.messagesIn(discord.dmChannel(alice)))
        .extracting(SimMessage::content)
        .containsExactly("hello in private");
  }

  @Test
  void missedHeartbeatAcksMakeJdaReconnectAndResume() {
    try (DiscordSimulator fast =
        DiscordSimulator.builder().heartbeatInterval(Duration.ofMillis(300)).start()) {
      fast.createGuild("Fast");
      ShardManager shards = SimulatedJda.awaitConnected(SimulatedJda.shardManager(fast).build(), 1);
      try {
        fast.ignoreHeartbeats(0, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> fast.resumeCount() >= 1);
        fast.ignoreHeartbeats(0, false);
        SimulatedJda.awaitConnected(shards, 1);
        assertThat(fast.identifyCount()).isEqualTo(1);
      } finally {
        shards.shutdown();
      }
    }
  }
}
