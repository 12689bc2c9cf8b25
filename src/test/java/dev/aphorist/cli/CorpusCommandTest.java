package dev.aphorist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.QuoteId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aphorist corpus build|stats|check} end to end, on a copy of the committed inputs. */
class CorpusCommandTest {

  @TempDir Path dir;
  private Path raw;
  private Path sources;
  private Path curation;
  private Path output;

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void copyTheInputs() throws IOException {
    raw = Files.createDirectories(dir.resolve("raw"));
    try (Stream<Path> files = Files.list(Path.of("corpus/raw"))) {
      for (Path file : files.toList()) {
        Files.copy(file, raw.resolve(file.getFileName()));
      }
    }
    sources = Files.copy(Path.of("corpus/sources.yaml"), dir.resolve("sources.yaml"));
    curation = Files.copy(Path.of("corpus/curation.yaml"), dir.resolve("curation.yaml"));
    output = dir.resolve("quotes.json");
  }

  private static synchronized Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(
          code,
          outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private Run build(String... extra) {
    String[] base = {
      "corpus",
      "build",
      "--raw",
      raw.toString(),
      "--sources",
      sources.toString(),
      "--curation",
      curation.toString(),
      "--output",
      output.toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return run(args);
  }

  @Test
  void buildWritesTheCorpusAndRebuildingChangesNoByte() throws Exception {
    Run first = build();
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).startsWith("wrote ").contains(output.toString());
    byte[] bytes = Files.readAllBytes(output);
    assertThat(bytes).isEqualTo(Files.readAllBytes(Path.of("corpus/quotes.json")));

    assertThat(build().exitCode()).isZero();
    assertThat(Files.readAllBytes(output)).isEqualTo(bytes);
  }

  @Test
  void noCurationBuildsTheExtractorsCorpus() throws Exception {
    assertThat(build("--no-curation").exitCode()).isZero();
    String json = Files.readString(output);
    assertThat(json).contains("Standards: top-down decision"); // banned by the curation
    assertThat(json).doesNotContain("There’s something really incredible"); // pinned by it
  }

  @Test
  void statsCountsByAuthorTagAndScoreBandAndVerboseSaysWhatWasDropped() {
    assertThat(build().exitCode()).isZero();
    Run stats = run("corpus", "stats", "--file", output.toString());
    assertThat(stats.exitCode()).isZero();
    assertThat(stats.out())
        .contains("by author:", "Joe Magerramov", "Marc Brooker", "(unknown)")
        .contains("by tag:", "architecture")
        .contains("by score band:", "1.0")
        .doesNotContain("dropped");

    Run verbose =
        run(
            "corpus",
            "stats",
            "--verbose",
            "--file",
            output.toString(),
            "--raw",
            raw.toString(),
            "--sources",
            sources.toString(),
            "--curation",
            curation.toString());
    assertThat(verbose.exitCode()).isZero();
    assertThat(verbose.out())
        .contains("by reason:", "site boilerplate", "personal anecdote", "duplicate")
        .contains("someone else's words, author not named")
        .contains("002_01f95c6e53039920.txt:3");
  }

  @Test
  void checkAcceptsTheBuiltCorpusAndRejectsABrokenOne() throws Exception {
    assertThat(build().exitCode()).isZero();
    Run ok = run("corpus", "check", output.toString());
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("ok");

    String text = "See https://example.com for more";
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"version\":1,\"quotes\":[{\"id\":\""
            + QuoteId.of(text)
            + "\",\"text\":\""
            + text
            + "\",\"author\":null,\"source\":{\"document\":\"d\",\"title\":null,"
            + "\"kind\":\"blog-post\",\"url\":null},\"tags\":[],\"score\":0.5}]}");
    Run broken = run("corpus", "check", bad.toString());
    assertThat(broken.exitCode()).isNotZero();
    assertThat(broken.err())
        .contains(bad + ": quote " + QuoteId.of(text) + ": text contains a URL");
  }

  // --- bad input: one line naming the file (and line), a non-zero exit, the output untouched ---

  private void assertRejected(Run run, String expectedStart) throws IOException {
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err().strip()).startsWith("error: " + expectedStart).doesNotContain("\n");
    assertThat(Files.readString(output)).isEqualTo("previous corpus\n");
  }

  private void givenAnExistingOutput() throws IOException {
    Files.writeString(output, "previous corpus\n");
  }

  @Test
  void aMissingRawFolder() throws Exception {
    givenAnExistingOutput();
    Files.walk(raw).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    assertRejected(build(), raw + ": folder not found");
  }

  @Test
  void anEmptyRawFile() throws Exception {
    givenAnExistingOutput();
    Path empty = Files.writeString(raw.resolve("005_empty.txt"), "");
    assertRejected(build(), empty + ": the file is empty");
  }

  @Test
  void aBinaryRawFile() throws Exception {
    givenAnExistingOutput();
    Path binary = Files.write(raw.resolve("005.bin"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    assertRejected(build(), binary + ": binary file");
  }

  @Test
  void invalidUtf8() throws Exception {
    givenAnExistingOutput();
    Path latin1 = Files.write(raw.resolve("005.txt"), "ok\nna\u00efve\n".getBytes("ISO-8859-1"));
    assertRejected(build(), latin1 + ":2: invalid UTF-8");
  }

  @Test
  void malformedYaml() throws Exception {
    givenAnExistingOutput();
    Files.writeString(sources, "documents:\n  - file: a.txt\n    title: \"unclosed\n");
    assertRejected(build(), sources + ":");
    assertThat(build().err()).contains("not valid YAML");
  }

  @Test
  void malformedJson() throws Exception {
    Path broken =
        Files.writeString(dir.resolve("broken.json"), "{\"version\": 1,\n \"quotes\": [\n");
    Run run = run("corpus", "check", broken.toString());
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err().strip()).startsWith("error: " + broken + ":").doesNotContain("\n");
    Run stats = run("corpus", "stats", "--file", broken.toString());
    assertThat(stats.exitCode()).isNotZero();
    assertThat(stats.err()).startsWith("error: " + broken);
  }

  @Test
  void aCurationEntryForAnUnknownId() throws Exception {
    givenAnExistingOutput();
    Files.writeString(curation, "quotes:\n  - id: zzzzzzzzzz\n    ban: gone\n");
    assertRejected(build(), curation + ":2: unknown quote id zzzzzzzzzz");
  }

  @Test
  void twoCurationEntriesForOneId() throws Exception {
    givenAnExistingOutput();
    Files.writeString(
        curation, "quotes:\n  - id: xhhqrm7nj0\n    ban: one\n  - id: xhhqrm7nj0\n    pin: true\n");
    assertRejected(build(), curation + ":4: second entry for quote xhhqrm7nj0");
  }

  @Test
  void aMissingSourcesFile() throws Exception {
    givenAnExistingOutput();
    Files.delete(sources);
    assertRejected(build(), sources + ": file not found");
  }
}
