package dev.aphorist.corpus.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.extract.RawDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawFolderTest {

  @TempDir Path dir;

  @Test
  void loadsVisibleFilesInNameOrder() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "second");
    Files.writeString(dir.resolve("a.txt"), "\ufefffirst");
    Files.writeString(dir.resolve(".hidden"), "skipped");
    List<RawDocument> docs = RawFolder.load(dir);
    assertThat(docs).extracting(RawDocument::name).containsExactly("a.txt", "b.txt");
    assertThat(docs.get(0).text()).as("byte order mark dropped").isEqualTo("first");
  }

  @Test
  void aMissingOrEmptyFolderIsNamed() throws Exception {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> RawFolder.load(missing)).hasMessage(missing + ": folder not found");
    assertThatThrownBy(() -> RawFolder.load(dir))
        .hasMessage(dir + ": no raw documents in the folder");
  }

  @Test
  void anEmptyFileIsNamed() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), " \n\n ");
    assertThatThrownBy(() -> RawFolder.load(dir))
        .isInstanceOf(BadFileException.class)
        .hasMessage(empty + ": the file is empty");
  }

  @Test
  void aBinaryFileIsNamed() throws Exception {
    Path binary =
        Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
    assertThatThrownBy(() -> RawFolder.load(dir))
        .hasMessage(binary + ": binary file, not UTF-8 text");
  }

  @Test
  void invalidUtf8IsNamedWithItsLine() throws Exception {
    Path latin1 =
        Files.write(dir.resolve("latin1.txt"), "one\ntwo\ncaf\u00e9\n".getBytes("ISO-8859-1"));
    assertThatThrownBy(() -> RawFolder.load(dir))
        .isInstanceOfSatisfying(BadFileException.class, e -> assertThat(e.line()).isEqualTo(3))
        .hasMessage(latin1 + ":3: invalid UTF-8");
  }
}
