package dev.aphorist.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.command.Button;
import dev.aphorist.command.Card;
import dev.aphorist.command.Reply;
import dev.aphorist.command.Text;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class MessageFactoryTest {

  private static Card card(String body, int fields) {
    List<Card.Field> many =
        java.util.stream.IntStream.range(0, fields)
            .mapToObj(i -> new Card.Field("field " + i, Text.plain("v".repeat(1500)), false))
            .toList();
    return new Card(
        "Title *x*",
        "javascript:alert(1)",
        "Joe",
        "https://x.com/joe",
        Text.plain(body),
        many,
        "id abc");
  }

  @Test
  void everyMessageAndEditTurnsMentionsOff() {
    Reply reply =
        new Reply(
            Reply.Visibility.PUBLIC,
            Text.plain("@everyone look"),
            List.of(card("hi @here", 0)),
            List.of(List.of(Button.of("post|x", "Post", Button.Style.PRIMARY))),
            false);

    DataObject created = MessageFactory.create(reply).toData();
    DataObject edited = MessageFactory.edit(reply).toData();

    for (DataObject data : List.of(created, edited)) {
      assertThat(data.getObject("allowed_mentions").getArray("parse").length()).isZero();
      assertThat(data.getString("content")).isEqualTo("@\u200beveryone look");
    }
    assertThat(created.getArray("components").getObject(0).getArray("components").length())
        .isEqualTo(1);
  }

  @Test
  void embedsStayWithinDiscordsLimitsAndDropUnsafeLinks() {
    Card big = card("b".repeat(5000), 30);
    List<MessageEmbed> embeds = MessageFactory.embeds(List.of(big, big));

    assertThat(embeds).hasSize(2);
    assertThat(embeds.stream().mapToInt(MessageEmbed::getLength).sum())
        .isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
    for (MessageEmbed embed : embeds) {
      assertThat(embed.getDescription())
          .hasSizeLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
      assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(MessageEmbed.MAX_FIELD_AMOUNT);
      assertThat(embed.getFields())
          .allSatisfy(f -> assertThat(f.getValue()).hasSizeLessThanOrEqualTo(1024));
      assertThat(embed.getUrl()).isNull();
      assertThat(embed.getTitle()).isEqualTo("Title \\*x\\*");
      assertThat(embed.getAuthor().getUrl()).isEqualTo("https://x.com/joe");
    }
  }
}
