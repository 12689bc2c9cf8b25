package dev.aphorist.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.command.Text;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

  @Test
  void inlineMarkupIsEscaped() {
    assertThat(DiscordMarkdown.escape("a *b* _c_ ~~d~~ `e` ||f|| [g](http://h) <@123> \\"))
        .isEqualTo(
            "a \\*b\\* \\_c\\_ \\~\\~d\\~\\~ \\`e\\` \\|\\|f\\|\\| \\[g\\](http://h) \\<@123\\> \\\\");
  }

  @Test
  void lineStartMarkupIsEscapedOnlyAtLineStart() {
    assertThat(DiscordMarkdown.escape("# big\n-# small\n- item\n> quote\n1. first\nx - y # z 2. w"))
        .isEqualTo("\\# big\n\\-# small\n\\- item\n\\> quote\n1\\. first\nx - y # z 2. w");
  }

  @Test
  void massMentionsGetAZeroWidthSpace() {
    assertThat(DiscordMarkdown.escape("posting @here and @everyone, hi @jessfraz"))
        .isEqualTo("posting @\u200bhere and @\u200beveryone, hi @jessfraz");
  }

  @Test
  void stylesRenderAroundEscapedText() {
    Text text =
        Text.builder()
            .plain("Caches are ")
            .bold("*responsible*")
            .plain(" for ")
            .user(42, "Ada")
            .plain(" in ")
            .channel(7, "general")
            .plain(" at ")
            .time(Instant.ofEpochSecond(1_700_000_000), "then")
            .code("a`b")
            .build();
    assertThat(DiscordMarkdown.render(text))
        .isEqualTo("Caches are **\\*responsible\\*** for <@42> in <#7> at <t:1700000000:f>`a'b`");
  }

  @Test
  void linksEscapeTheirTextAndKeepTheirTargetInAngleBrackets() {
    Text text =
        Text.builder()
            .link("So long [AWS]!", "https://johncodes.com/a_(b)")
            .plain(" ")
            .link("not a link", "javascript:alert(1)")
            .build();
    assertThat(DiscordMarkdown.render(text))
        .isEqualTo("[So long \\[AWS\\]!](<https://johncodes.com/a_(b%29>) not a link");
  }

  @Test
  void cuttingNeverLeavesADanglingEscape() {
    String escaped = DiscordMarkdown.escape("abc*def");
    assertThat(escaped).isEqualTo("abc\\*def");
    assertThat(DiscordMarkdown.cut(escaped, 5)).isEqualTo("abc\u2026");
    assertThat(DiscordMarkdown.cut(escaped, 100)).isEqualTo(escaped);
  }
}
