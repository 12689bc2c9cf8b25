package dev.aphorist.corpus.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

  @TempDir Path dir;

  @Test
  void eachFixtureIsRecognised() throws Exception {
    assertThat(FormatDetector.detect(Fixtures.xArchive(dir, true)))
        .isEqualTo(ImportFormat.X_ARCHIVE);
    assertThat(FormatDetector.detect(Fixtures.file("tweets.js"))).isEqualTo(ImportFormat.X_ARCHIVE);
    assertThat(FormatDetector.detect(Fixtures.file("outbox.json")))
        .isEqualTo(ImportFormat.MASTODON);
    assertThat(FormatDetector.detect(Fixtures.file("quotes.json"))).isEqualTo(ImportFormat.JSON);
    assertThat(FormatDetector.detect(Fixtures.file("quotes.csv"))).isEqualTo(ImportFormat.CSV);
    assertThat(FormatDetector.detect(Fixtures.file("essay.md"))).isEqualTo(ImportFormat.MARKDOWN);
    assertThat(FormatDetector.detect(Fixtures.file("quotes.fortune")))
        .isEqualTo(ImportFormat.FORTUNE);
    assertThat(FormatDetector.detect(Fixtures.file("notes.txt"))).isEqualTo(ImportFormat.TEXT);
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.zip");
    assertThatThrownBy(() -> FormatDetector.detect(missing))
        .hasMessage(missing + ": file not found");
  }

  @Test
  void aDamagedZipIsLeftToTheXArchiveReaderToDescribe() throws Exception {
    Path damaged = Files.write(dir.resolve("damaged.zip"), new byte[] {'P', 'K', 3, 4, 0, 0});
    assertThat(FormatDetector.detect(damaged)).isEqualTo(ImportFormat.X_ARCHIVE);
  }
}
