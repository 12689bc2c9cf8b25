package dev.aphorist.discord;

import dev.aphorist.command.Card;
import dev.aphorist.command.Reply;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Turns a transport-free {@link Reply} into JDA message data: escaped markdown, embeds within
 * Discord's limits, buttons, and mentions switched off on every message and every edit (JDA's
 * defaults would let "@everyone" in a quote ping a whole server).
 */
final class MessageFactory {

  /** No mention type is ever allowed: quotes contain "@ here", "@everyone" and @handles. */
  static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

  /** Discord's limit on a message's text. */
  static final int CONTENT_MAX_LENGTH = 2000;

  /** The side bar colour of Aphorist's embeds. */
  private static final int COLOUR = 0x5865F2;

  private MessageFactory() {}

  static MessageCreateData create(Reply reply) {
    return new MessageCreateBuilder()
        .setContent(content(reply))
        .setEmbeds(embeds(reply.cards()))
        .setComponents(rows(reply))
        .setAllowedMentions(NO_MENTIONS)
        .build();
  }

  static MessageEditData edit(Reply reply) {
    return new MessageEditBuilder()
        .setContent(content(reply))
        .setEmbeds(embeds(reply.cards()))
        .setComponents(rows(reply))
        .setAllowedMentions(NO_MENTIONS)
        .build();
  }

  private static String content(Reply reply) {
    return DiscordMarkdown.cut(DiscordMarkdown.render(reply.message()), CONTENT_MAX_LENGTH);
  }

  static List<MessageEmbed> embeds(List<Card> cards) {
    // The 6,000-character budget covers every embed of a message together.
    int budget = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    List<MessageEmbed> embeds = new java.util.ArrayList<>();
    for (Card card : cards) {
      MessageEmbed embed = embed(card, budget / Math.max(1, cards.size() - embeds.size()));
      budget -= embed.getLength();
      embeds.add(embed);
    }
    return embeds;
  }

  /** One card as an embed whose total length stays within {@code budget}. */
  static MessageEmbed embed(Card card, int budget) {
    EmbedBuilder builder = new EmbedBuilder().setColor(COLOUR);
    int left = budget;
    if (card.title() != null) {
      String title =
          DiscordMarkdown.cut(
              DiscordMarkdown.escapeInline(card.title()),
              Math.min(left, MessageEmbed.TITLE_MAX_LENGTH));
      builder.setTitle(title, url(card.titleUrl()));
      left -= title.length();
    }
    if (card.authorName() != null && left > 0) {
      String author =
          DiscordMarkdown.cut(card.authorName(), Math.min(left, MessageEmbed.AUTHOR_MAX_LENGTH));
      builder.setAuthor(author, url(card.authorUrl()));
      left -= author.length();
    }
    if (card.footer() != null && left > 0) {
      String footer =
          DiscordMarkdown.cut(card.footer(), Math.min(left, MessageEmbed.TEXT_MAX_LENGTH));
      builder.setFooter(footer);
      left -= footer.length();
    }
    if (!card.body().isEmpty() && left > 0) {
      String body =
          DiscordMarkdown.cut(
              DiscordMarkdown.render(card.body()),
              Math.min(left, MessageEmbed.DESCRIPTION_MAX_LENGTH));
      builder.setDescription(body);
      left -= body.length();
    }
    for (Card.Field field : card.fields()) {
      if (builder.getFields().size() == MessageEmbed.MAX_FIELD_AMOUNT || left < 2) {
        break;
      }
      String name =
          DiscordMarkdown.cut(
              DiscordMarkdown.escapeInline(field.name()),
              Math.min(left / 2, MessageEmbed.TITLE_MAX_LENGTH));
      String value =
          DiscordMarkdown.cut(
              DiscordMarkdown.render(field.value()),
              Math.min(left - name.length(), MessageEmbed.VALUE_MAX_LENGTH));
      if (name.isEmpty() || value.isEmpty()) {
        break;
      }
      builder.addField(name, value, field.inline());
      left -= name.length() + value.length();
    }
    return builder.build();
  }

  private static List<ActionRow> rows(Reply reply) {
    return reply.buttonRows().stream()
        .map(row -> ActionRow.of(row.stream().map(MessageFactory::button).toList()))
        .toList();
  }

  private static Button button(dev.aphorist.command.Button button) {
    Button jda =
        switch (button.style()) {
          case PRIMARY -> Button.primary(button.id(), button.label());
          case SECONDARY -> Button.secondary(button.id(), button.label());
          case SUCCESS -> Button.success(button.id(), button.label());
          case DANGER -> Button.danger(button.id(), button.label());
        };
    return jda.withDisabled(button.disabled());
  }

  /** Only http(s) links are put in embeds; anything else is left out rather than rejected. */
  private static String url(String url) {
    if (url == null || url.length() > MessageEmbed.URL_MAX_LENGTH) {
      return null;
    }
    return url.startsWith("https://") || url.startsWith("http://") ? url : null;
  }
}
