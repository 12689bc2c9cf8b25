package dev.aphorist.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a user types, every entry point answers and none throws. */
class HostileInputTest {

  private final QuoteIndex index = SearchFixtures.index();

  static Stream<String> nastyInputs() {
    return Stream.of(
        "",
        " ",
        "\t\n\r ",
        "\u00a0\u2003",
        "*:*",
        "*",
        "?",
        "\\",
        "\\\\\\",
        "\"",
        "\"\"",
        "\"\"\"",
        "\"caches",
        "caches\"",
        "((caches",
        "caches))",
        "[1 TO *]",
        "{}",
        "text:caches",
        "author:\"Joe Magerramov\"",
        "caches AND OR NOT",
        "+caches -outage",
        "caches~2",
        "caches^10",
        "/regex.*/",
        "ca*es",
        "&& || !",
        "\u0000",
        "\uD83D\uDE80\uD83D\uDD25",
        "\uD83E\uDDD8\u2642\uFE0F",
        "\uD83D",
        "\uDE80 lone low surrogate",
        "\u202Eright to left override",
        "Ｃａｃｈｅｓ",
        "キャッシュ",
        "кэш",
        "الذاكرة",
        "é".repeat(300),
        "a".repeat(300),
        "caches ".repeat(1000),
        "\"".repeat(6001),
        "(".repeat(6001),
        "x".repeat(10_000),
        "\"bad day",
        "“bad day”",
        "„bad day“",
        "@here @everyone",
        "<script>alert(1)</script>",
        "'; DROP TABLE quotes; --",
        "%s %n %d",
        "${jndi:ldap://x}");
  }

  @ParameterizedTest
  @MethodSource("nastyInputs")
  void everyEntryPointAnswers(String input) {
    assertThatCode(() -> exercise(input)).doesNotThrowAnyException();
  }

  @Test
  void randomStringsNeverBreakAnything() {
    SplittableRandom random = new SplittableRandom(20240601);
    String alphabet = "abcdefghij ABC\"'()[]{}*?:\\/^~!+-&|<>=;,.#@%$\t\n\u00e9\u2019\u201c\u201d";
    for (int i = 0; i < 500; i++) {
      StringBuilder input = new StringBuilder();
      int length = random.nextInt(60);
      for (int j = 0; j < length; j++) {
        if (random.nextInt(10) == 0) {
          input.appendCodePoint(random.nextInt(0x1F000)); // any BMP char or early astral char
        } else {
          input.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String query = input.toString();
      assertThatCode(() -> exercise(query)).as("input %s", query).doesNotThrowAnyException();
    }
  }

  @Test
  void longInputIsCutNotRejected() {
    String input = "caches ".repeat(1000);

    SearchResult result = index.search(input);

    assertThat(result.truncated()).isTrue();
    assertThat(result.query()).hasSize(UserInput.MAX_QUERY_LENGTH);
    assertThat(result.hits()).isNotEmpty();
  }

  @Test
  void wordsBeyondTheLimitAreIgnoredNotFatal() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      words.add("w" + i + "x");
    }
    words.add("caches");

    SearchResult result = index.search(String.join(" ", words));

    assertThat(result.truncated()).isTrue();
    assertThat(result.nothingFound()).isTrue();
  }

  @Test
  void luceneSyntaxIsJustPunctuation() {
    assertThat(index.search("text:caches").hits().get(0).quote().text()).contains("Caches");
    assertThat(index.search("caches:").hits()).isNotEmpty();
    assertThat(index.search("(caches)").hits()).isNotEmpty();
    assertThat(index.search("*:*").nothingFound()).isTrue();
  }

  @Test
  void unbalancedQuoteRunsToTheEnd() {
    SearchResult result = index.search("\"bad day");

    assertThat(result.hits()).hasSize(1);
    assertThat(result.hits().get(0).quote().text()).startsWith("A bad day in the cloud");
  }

  @Test
  void blankInputIsNothingFoundWithAPlainMessage() {
    SearchResult result = index.search("   ");

    assertThat(result.nothingFound()).isTrue();
    assertThat(result.nothingFoundMessage()).isEqualTo("No quotes match.");
  }

  @Test
  void nullsAreTreatedAsEmpty() {
    assertThat(index.search((String) null).nothingFound()).isTrue();
    assertThat(index.complete(null, 5)).isNotEmpty();
    assertThat(index.completeAuthor(null, 5)).isNotEmpty();
    assertThat(index.completeTag(null, 5)).isNotEmpty();
  }

  private void exercise(String input) {
    SearchResult result = index.search(input);
    assertThat(result.hits().isEmpty()).isEqualTo(result.nothingFound() || result.hits().isEmpty());
    if (result.nothingFound()) {
      assertThat(result.nothingFoundMessage()).startsWith("No quotes match");
    }
    assertThat(result.query().length()).isLessThanOrEqualTo(UserInput.MAX_QUERY_LENGTH);
    index.search(new SearchRequest(input, input, input, 0, 10));
    index.search(new SearchRequest(input, null, null, 5, 5));
    assertThat(index.complete(input, 25))
        .hasSizeLessThanOrEqualTo(25)
        .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(100));
    assertThat(index.completeAuthor(input, 25)).hasSizeLessThanOrEqualTo(25);
    assertThat(index.completeTag(input, 25)).hasSizeLessThanOrEqualTo(25);
    assertThat(index.moreLikeThis(input, 5)).isEmpty();
  }
}
