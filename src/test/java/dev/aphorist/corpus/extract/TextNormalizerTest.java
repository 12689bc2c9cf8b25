package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void lineEndingsBecomeLineFeeds() {
    assertThat(TextNormalizer.normalize("a\r\nb\rc\nd\u2028e")).isEqualTo("a\nb\nc\nd\ne");
  }

  @Test
  void htmlReferencesAreDecodedButTagLikeTextStays() {
    assertThat(TextNormalizer.normalize("far &amp; few, don&#8217;t, &#x201C;x&#x201D; &hellip;"))
        .isEqualTo("far & few, don’t, “x” …");
    assertThat(TextNormalizer.normalize("Joe: <fighting to hold back a smile>"))
        .isEqualTo("Joe: <fighting to hold back a smile>");
    assertThat(TextNormalizer.normalize("&amp;#8217; twice")).isEqualTo("’ twice");
    assertThat(TextNormalizer.normalize("AT&T and &unknown; stay"))
        .isEqualTo("AT&T and &unknown; stay");
  }

  @Test
  void everySpaceIsAPlainSpaceAndInvisibleCharactersGo() {
    assertThat(TextNormalizer.normalize("a\u00a0b\u202fc\td\u200be\ufeff")).isEqualTo("a b c de");
    assertThat(TextNormalizer.normalize("👩\u200d💻")).isEqualTo("👩\u200d💻");
  }
}
