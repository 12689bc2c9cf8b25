package dev.aphorist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuotesFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aphorist corpus import} end to end, into a copy of the committed corpus. */
class CorpusImportCommandTest {

  private static final Path FIXTURES = Path.of("src/test/resources/imports");

  @TempDir Path dir;
  private Path corpus;
  private Path raw;
  private Path sources;
  private Path curation;
  private Path output;

  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void copyTheCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    raw = Files.createDirectories(corpus.resolve("raw"));
    try (Stream<Path> files = Files.list(Path.of("corpus/raw"))) {
      for (Path file : files.toList()) {
        Files.copy(file, raw.resolve(file.getFileName()));
      }
    }
    sources = Files.copy(Path.of("corpus/sources.yaml"), corpus.resolve("sources.yaml"));
    curation = Files.copy(Path.of("corpus/curation.yaml"), corpus.resolve("curation.yaml"));
    output = Files.copy(Path.of("corpus/quotes.json"), corpus.resolve("quotes.json"));
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

  private String[] paths(String command) {
    return new String[] {
      "corpus",
      command,
      "--raw",
      raw.toString(),
      "--sources",
      sources.toString(),
      "--curation",
      curation.toString(),
      "--output",
      output.toString()
    };
  }

  private Run importing(String... extra) {
    List<String> args = new ArrayList<>(List.of(paths("import")));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  /** Every file under the corpus folder, hidden ones included, with the hash of its bytes. */
  private Map<String, String> snapshot() throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(corpus)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        files.put(corpus.relativize(file).toString(), HexFormat.of().formatHex(digest));
      }
    }
    return files;
  }

  private Path xArchive(String name, boolean withAccount) throws IOException {
    Path zip = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream zipped = new ZipOutputStream(out)) {
      zipped.putNextEntry(new ZipEntry("data/tweets.js"));
      zipped.write(Files.readAllBytes(FIXTURES.resolve("tweets.js")));
      zipped.closeEntry();
      if (withAccount) {
        zipped.putNextEntry(new ZipEntry("data/account.js"));
        zipped.write(Files.readAllBytes(FIXTURES.resolve("account.js")));
        zipped.closeEntry();
      }
    }
    return zip;
  }

  private static Quote quote(Corpus corpus, String start) {
    return corpus.quotes().stream()
        .filter(q -> q.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting " + start));
  }

  @Test
  void importsAnXArchiveAndBuildReproducesIt() throws Exception {
    int seedQuotes = QuotesFile.read(output).size();
    Path zip = xArchive("archive.zip", true);

    Run run = importing(zip.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("imported 5 items from " + zip).contains("(skipped: 1 retweet)");
    assertThat(run.out()).contains("by Jane Doe (@jdoe)");
    List<String> rawFiles;
    try (Stream<Path> files = Files.list(raw)) {
      rawFiles = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(rawFiles).hasSize(6);
    String document = rawFiles.get(5);
    assertThat(document).matches("005_[0-9a-f]{16}\\.jsonl");
    String manifest = Files.readString(sources);
    assertThat(manifest)
        .startsWith(Files.readString(Path.of("corpus/sources.yaml")).stripTrailing())
        .contains("  - file: " + document + "\n    title: \"Jane Doe (@jdoe) on X\"\n")
        .contains("    kind: imported\n    url: \"https://x.com/jdoe\"\n")
        .contains("      format: x-archive\n      from: \"archive.zip\"\n");

    Corpus imported = QuotesFile.read(output);
    Quote outage = quote(imported, "Most outages are caused by config changes");
    assertThat(outage.author()).isEqualTo(new Author("Jane Doe", "jdoe"));
    assertThat(outage.source().kind()).isEqualTo(DocumentKind.IMPORTED);
    assertThat(outage.source().document()).isEqualTo(document);
    assertThat(outage.source().url()).isEqualTo("https://x.com/jdoe/status/1001");
    assertThat(outage.metrics().likes()).isEqualTo(120L);
    assertThat(imported.quotes())
        .noneMatch(q -> q.text().contains("fence"))
        .noneMatch(q -> q.text().contains("A queue is a buffer"));
    assertThat(imported.size()).isGreaterThan(seedQuotes);

    byte[] afterImport = Files.readAllBytes(output);
    List<String> rebuild = new ArrayList<>(List.of(paths("build")));
    Path rebuilt = dir.resolve("rebuilt.json");
    rebuild.set(rebuild.size() - 1, rebuilt.toString());
    Run build = run(rebuild.toArray(String[]::new));
    assertThat(build.exitCode()).as(build.err()).isZero();
    assertThat(Files.readAllBytes(rebuilt))
        .as("corpus build from corpus/raw reproduces the import")
        .isEqualTo(afterImport);
  }

  @Test
  void importingTheSameFileAgainAddsNothing() throws Exception {
    Path zip = xArchive("archive.zip", true);
    assertThat(importing(zip.toString()).exitCode()).isZero();
    Map<String, String> before = snapshot();

    Run again = importing(zip.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .matches("(?s).*already imported as 005_[0-9a-f]{16}\\.jsonl: nothing added\n");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void theSameTweetsFromAnotherFileAddNoQuote() throws Exception {
    assertThat(importing(xArchive("archive.zip", true).toString()).exitCode()).isZero();
    Corpus first = QuotesFile.read(output);

    Run run =
        importing(
            "--handle", "jdoe", "--author", "Jane Doe", FIXTURES.resolve("tweets.js").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("(0 new;");
    assertThat(QuotesFile.read(output).quotes()).isEqualTo(first.quotes());
  }

  @Test
  void trustedListsKeepWhatTheScorerWouldDrop() throws Exception {
    Path fortune = FIXTURES.resolve("quotes.fortune");
    Run run = importing("--format", "fortune", "--trusted", fortune.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Corpus corpus = QuotesFile.read(output);
    assertThat(quote(corpus, "Simplicity is prerequisite").author())
        .isEqualTo(new Author("Edsger W. Dijkstra", null));
    assertThat(quote(corpus, "Simplicity is prerequisite").source().title())
        .isEqualTo("How do we tell truths that might hurt?");
    assertThat(quote(corpus, "There is no attribution").author()).isNull();
    assertThat(Files.readString(sources)).contains("    trusted: true\n");
  }

  @Test
  void untrustedListsGoThroughTheAphorismFilter() throws Exception {
    Run run = importing(FIXTURES.resolve("quotes.fortune").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("looks like fortune");
    assertThat(QuotesFile.read(output).quotes())
        .noneMatch(q -> q.text().startsWith("There is no attribution"));
  }

  @Test
  void csvRowsWithoutAnAuthorFallBackToTheOneGiven() throws Exception {
    Run run =
        importing("--trusted", "--author", "Kent Beck", FIXTURES.resolve("quotes.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Corpus corpus = QuotesFile.read(output);
    assertThat(quote(corpus, "Make it work").author()).isEqualTo(new Author("Kent Beck", null));
    assertThat(quote(corpus, "Simplicity is prerequisite").author())
        .isEqualTo(new Author("Edsger W. Dijkstra", null));
    assertThat(quote(corpus, "Simplicity is prerequisite").tags())
        .containsExactly("reliability", "simplicity");
  }

  @Test
  void mastodonPostsAreTheOutboxOwners() throws Exception {
    Run run =
        importing(
            "--author", "Alice Example", "--trusted", FIXTURES.resolve("outbox.json").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("(skipped: 1 boost, 1 not public)");
    Quote quote = quote(QuotesFile.read(output), "Every abstraction costs more");
    assertThat(quote.author()).isEqualTo(new Author("Alice Example", "alice@hachyderm.io"));
    assertThat(quote.source().url()).isEqualTo("https://hachyderm.io/@alice/1");
  }

  // --- bad input: a clear one-line error, exit code 1, nothing in corpus/ changed --------------

  private void rejects(Run run, String message) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(CorpusCommand.BAD_INPUT);
    assertThat(run.err().lines().filter(l -> l.startsWith("error: ")).toList())
        .containsExactly("error: " + message);
  }

  private void rejectsAndChangesNothing(String message, String... args) throws Exception {
    Map<String, String> before = snapshot();
    rejects(importing(args), message);
    assertThat(snapshot()).as("corpus/ unchanged").isEqualTo(before);
  }

  @Test
  void aTruncatedZipIsRefused() throws Exception {
    Path zip = xArchive("archive.zip", true);
    byte[] bytes = Files.readAllBytes(zip);
    Path truncated =
        Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

    rejectsAndChangesNothing(
        truncated
            + ": not a readable zip archive (truncated or damaged?): zip END header not found",
        "--format",
        "x-archive",
        "--author",
        "Jane Doe",
        truncated.toString());
  }

  @Test
  void anEmptyArchiveIsRefused() throws Exception {
    Path empty = dir.resolve("empty.zip");
    try (ZipOutputStream zipped = new ZipOutputStream(Files.newOutputStream(empty))) {
      zipped.finish();
    }
    rejectsAndChangesNothing(
        empty + ": the zip archive is empty", "--author", "Jane Doe", empty.toString());

    Path noTweets = dir.resolve("no-tweets.js");
    Files.writeString(noTweets, "window.YTD.tweets.part0 = [ ]\n");
    rejectsAndChangesNothing(
        noTweets + ": nothing to import: no tweets found",
        "--author",
        "Jane Doe",
        noTweets.toString());

    Path onlyRetweets = dir.resolve("retweets.js");
    Files.writeString(
        onlyRetweets,
        "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"RT @a: b\"}} ]");
    rejectsAndChangesNothing(
        onlyRetweets + ": nothing to import: no tweets found (1 retweet skipped)",
        "--author",
        "Jane Doe",
        onlyRetweets.toString());
  }

  @Test
  void theWrongFormatIsRefused() throws Exception {
    Path tweets = FIXTURES.resolve("tweets.js");
    Path csv = FIXTURES.resolve("quotes.csv");
    rejectsAndChangesNothing(
        csv
            + ": not an X archive: the tweets file does not start with"
            + " 'window.YTD.tweets.part0 = ['",
        "--format",
        "x-archive",
        "--author",
        "Jane Doe",
        csv.toString());
    rejectsAndChangesNothing(
        tweets
            + ":1: not a Mastodon outbox: Unrecognized token 'window': was expecting (JSON String,"
            + " Number, Array, Object or token 'null', 'true' or 'false')",
        "--format",
        "mastodon",
        tweets.toString());
    Path noText = Files.writeString(dir.resolve("quotes.csv"), "Text2,Author\na,b\n");
    rejectsAndChangesNothing(
        noText
            + ":1: not a CSV list of quotes: no 'text' column in the header (columns: Text2,"
            + " Author)",
        "--format",
        "csv",
        noText.toString());
    rejectsAndChangesNothing(
        "--format: unknown import format 'yaml' (expected one of x-archive, mastodon, text,"
            + " markdown, fortune, csv, json)",
        "--format",
        "yaml",
        csv.toString());
    Path zip = xArchive("archive.zip", true);
    rejectsAndChangesNothing(
        zip + ":1: binary file, not UTF-8 text", "--format", "text", zip.toString());
  }

  @Test
  void anXArchiveNeedsToKnowWhoseItIs() throws Exception {
    Path zip = xArchive("anonymous.zip", false);
    rejectsAndChangesNothing(
        zip + ": whose tweets are these? the archive has no data/account.js: give --author",
        zip.toString());
    Path owned = xArchive("owned.zip", true);
    rejectsAndChangesNothing(
        owned + ": the export belongs to @jdoe, not @someone_else",
        "--handle",
        "someone_else",
        owned.toString());
  }

  @Test
  void invalidUtf8IsRefusedWithItsLine() throws Exception {
    Path text = dir.resolve("latin1.txt");
    Files.write(text, "one\n\ntwo\ncaf\u00e9 society\n".getBytes(StandardCharsets.ISO_8859_1));
    rejectsAndChangesNothing(text + ":4: invalid UTF-8", "--format", "text", text.toString());

    Path tweets = dir.resolve("latin1.js");
    Files.write(
        tweets,
        "window.YTD.tweets.part0 = [\n{\"tweet\": {\"id_str\": \"1\",\n\"full_text\": \"caf\u00e9\"}}\n]"
            .getBytes(StandardCharsets.ISO_8859_1));
    rejectsAndChangesNothing(
        tweets + ":3: invalid UTF-8", "--author", "Jane Doe", tweets.toString());
  }

  @Test
  void aHundredMegabyteLineIsRefusedWithoutReadingItWhole() throws Exception {
    Path huge = dir.resolve("huge.txt");
    byte[] block = "all work and no play ".repeat(5_000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(huge)) {
      for (long written = 0; written < 100_000_000L; written += block.length) {
        out.write(block);
      }
    }
    long heapBefore = usedHeap();
    rejectsAndChangesNothing(
        huge + ":1: line longer than 100000 characters; not a text of passages",
        "--format",
        "text",
        huge.toString());
    assertThat(usedHeap() - heapBefore).as("the line was not loaded").isLessThan(50_000_000L);

    Path hugeTweet = dir.resolve("huge-tweet.js");
    try (OutputStream out = Files.newOutputStream(hugeTweet)) {
      out.write("window.YTD.tweets.part0 = [ {\"tweet\": {\"full_text\": \"".getBytes());
      for (long written = 0; written < 100_000_000L; written += block.length) {
        out.write(block);
      }
      out.write("\"}} ]".getBytes());
    }
    rejectsAndChangesNothing(
        hugeTweet + ": a value is longer than 1000000 characters; not an X archive",
        "--author",
        "Jane Doe",
        hugeTweet.toString());
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
