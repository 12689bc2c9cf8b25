package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.bench.ProfileScrapeGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link TextCleaner#replaceLinks} runs the link pattern word by word; it must find exactly what
 * the pattern finds over the whole text.
 */
class LinkReplacementTest {

  private static String wholeText(String text) {
    return TextCleaner.URL.matcher(text).replaceAll(" \u0001 ");
  }

  private static void assertSameAsWholeText(List<String> texts) {
    int withLinks = 0;
    for (String text : texts) {
      String expected = wholeText(text);
      String actual = TextCleaner.replaceLinks(text);
      assertThat(actual == null ? text : actual).as(text).isEqualTo(expected);
      assertThat(actual == null).as("no link in: " + text).isEqualTo(expected.equals(text));
      if (actual != null) {
        withLinks++;
      }
    }
    assertThat(withLinks).as("texts with links among the samples").isPositive();
  }

  @Test
  void edgeCases() {
    assertSameAsWholeText(
        List.of(
            "read it at https://example.com/a?b=c, then stop",
            "HTTPS://EXAMPLE.COM and WWW.EXAMPLE.ORG",
            "(aws.amazon.com/about…) and github.com/org/repo.",
            "see:https://x.y/z",
            "e.g. i.e. etc. nothing here / really",
            "mail me at someone@example.com/inbox or a.b/c",
            "dotted.word/ and .hidden/path and x-y.co/z",
            "tabs\thttps://t.co/abc\tand\rcarriage www.x.io",
            "em\u2003space https://a.bc/d\u2003stays inside the link",
            "ellipsis at the end of a link: nytimes.com/2023/…",
            "a sentence ending in a domain example.com. Next one.",
            "http://",
            "www.",
            "",
            "no links at all, just words"));
  }

  @Test
  void generatedPosts() {
    assertSameAsWholeText(
        new ProfileScrapeGenerator(7).generate(20_000).lines().filter(l -> !l.isBlank()).toList());
  }

  @Test
  void rawSeedDocuments() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("corpus", "raw"))) {
      for (Path file : files.toList()) {
        lines.addAll(Files.readString(file).lines().toList());
      }
    }
    assertSameAsWholeText(lines);
  }
}
