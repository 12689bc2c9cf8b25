package dev.aphorist.cli;

import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.QuotesFile;
import dev.aphorist.corpus.build.BuildResult;
import dev.aphorist.corpus.build.CorpusBuilder;
import dev.aphorist.corpus.build.CorpusCheck;
import dev.aphorist.corpus.build.CorpusStats;
import dev.aphorist.corpus.build.Dropped;
import dev.aphorist.corpus.imports.CorpusImporter;
import dev.aphorist.corpus.imports.FormatDetector;
import dev.aphorist.corpus.imports.ImportFormat;
import dev.aphorist.corpus.imports.ImportProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aphorist corpus build|stats|check|import}: builds, describes, validates and imports into
 * corpus/quotes.json.
 */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Build, describe and check the quote corpus.",
    subcommands = {
      CorpusCommand.Build.class,
      CorpusCommand.Stats.class,
      CorpusCommand.Check.class,
      CorpusCommand.Import.class
    })
public final class CorpusCommand implements Runnable {

  /** Exit code of bad input: a missing, unreadable or malformed file. */
  public static final int BAD_INPUT = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Where the raw documents, manifest and curation are. */
  static final class Inputs {
    @Option(
        names = "--raw",
        paramLabel = "DIR",
        defaultValue = "corpus/raw",
        description = "Folder of raw documents (default: ${DEFAULT-VALUE}).")
    Path raw;

    @Option(
        names = "--sources",
        paramLabel = "FILE",
        defaultValue = "corpus/sources.yaml",
        description = "Sources manifest (default: ${DEFAULT-VALUE}).")
    Path sources;

    @Option(
        names = "--curation",
        paramLabel = "FILE",
        defaultValue = "corpus/curation.yaml",
        description = "Maintainer curation (default: ${DEFAULT-VALUE}).")
    Path curation;

    @Option(names = "--no-curation", description = "Ignore the curation file: extraction only.")
    boolean noCuration;

    BuildResult build() throws BadFileException {
      return CorpusBuilder.standard().build(raw, sources, noCuration ? null : curation);
    }

    /** A build that only counts what it drops: enough for writing the corpus, and lighter. */
    BuildResult buildCounting() throws BadFileException {
      return CorpusBuilder.standard()
          .countingDropped()
          .build(raw, sources, noCuration ? null : curation);
    }
  }

  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = "Extract quotes from the raw documents and write the corpus.")
  static final class Build implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Inputs inputs = new Inputs();

    @Option(
        names = "--output",
        paramLabel = "FILE",
        defaultValue = "corpus/quotes.json",
        description = "Where to write the corpus (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      BuildResult result;
      try {
        result = inputs.buildCounting();
      } catch (BadFileException e) {
        return fail(err, e);
      }
      result.warnings().forEach(w -> err.println("warning: " + w));
      try {
        QuotesFile.write(output, result.corpus());
      } catch (IOException e) {
        err.println("error: " + output + ": cannot be written: " + e.getMessage());
        return BAD_INPUT;
      }
      out.printf(
          "wrote %d quotes to %s (%d candidates dropped; corpus stats --verbose says why)%n",
          result.corpus().size(), output, result.droppedCount());
      return 0;
    }
  }

  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = "Count the corpus quotes by author, tag and score band.")
  static final class Stats implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Inputs inputs = new Inputs();

    @Option(
        names = "--file",
        paramLabel = "FILE",
        defaultValue = "corpus/quotes.json",
        description = "The quotes file to describe (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(
        names = {"-v", "--verbose"},
        description = "Also rebuild from the raw documents and list what was dropped and why.")
    boolean verbose;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        Corpus corpus = QuotesFile.read(file);
        CorpusStats stats = CorpusStats.of(corpus);
        out.printf("%s: %d quotes%n", file, corpus.size());
        table(out, "by author", stats.byAuthor());
        table(out, "by tag", stats.byTag());
        table(out, "by score band", stats.byScoreBand());
        if (verbose) {
          BuildResult result = inputs.build();
          List<Dropped> dropped = result.dropped();
          out.printf(
              "%ndropped while extracting from %s: %d candidates%n", inputs.raw, dropped.size());
          table(out, "by reason", CorpusStats.byReason(dropped));
          out.println("each dropped candidate (document:line  score  reason  text):");
          for (Dropped d : dropped) {
            out.printf(
                Locale.ROOT,
                "  %s:%d  %.2f  %s  %s%n",
                d.document(),
                d.line(),
                d.score(),
                d.reason(),
                abbreviate(d.text()));
          }
          result.warnings().forEach(w -> out.println("warning: " + w));
        }
        return 0;
      } catch (BadFileException e) {
        return fail(err, e);
      }
    }

    private static void table(PrintWriter out, String title, Map<String, Integer> counts) {
      out.println(title + ":");
      int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
      counts.forEach((key, n) -> out.printf("  %-" + width + "s  %5d%n", key, n));
    }

    private static String abbreviate(String text) {
      String line = text.replace('\n', ' ');
      return line.length() <= 100 ? line : line.substring(0, 99) + "…";
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = "Validate a quotes file: its format and the corpus quality rules.")
  static final class Check implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        paramLabel = "FILE",
        arity = "0..1",
        defaultValue = "corpus/quotes.json",
        description = "The quotes file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Corpus corpus;
      try {
        corpus = QuotesFile.read(file);
      } catch (BadFileException e) {
        return fail(err, e);
      }
      List<String> problems = CorpusCheck.problems(corpus);
      if (problems.isEmpty()) {
        out.printf("%s: ok, %d quotes%n", file, corpus.size());
        return 0;
      }
      problems.forEach(p -> err.println("error: " + file + ": " + p));
      return BAD_INPUT;
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import an export (X archive, Mastodon outbox, text, Markdown, fortune file, CSV or JSON"
            + " quote list) into the corpus: adds a raw document and its sources.yaml entry, then"
            + " rebuilds and writes the corpus. Importing the same file again adds nothing."
      })
  static final class Import implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Inputs inputs = new Inputs();

    @Option(
        names = "--output",
        paramLabel = "FILE",
        defaultValue = "corpus/quotes.json",
        description = "Where to write the corpus (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description =
            "x-archive, mastodon, text, markdown, fortune, csv or json (default: detected from"
                + " the file).")
    String format;

    @Option(
        names = "--author",
        paramLabel = "NAME",
        description =
            "Who wrote it, when the file does not say per item (required for an X archive"
                + " without data/account.js).")
    String author;

    @Option(names = "--handle", paramLabel = "HANDLE", description = "The author's handle.")
    String handle;

    @Option(
        names = "--trusted",
        description = "A curated list: keep every passage that can be a quote, however it scores.")
    boolean trusted;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        ImportFormat chosen;
        if (format == null) {
          chosen = FormatDetector.detect(file);
          err.println(
              "import: " + file + " looks like " + chosen.label() + " (else give --format)");
        } else {
          try {
            chosen = ImportFormat.fromLabel(format);
          } catch (IllegalArgumentException e) {
            err.println("error: --format: " + e.getMessage());
            return BAD_INPUT;
          }
        }
        // On a terminal the bar is redrawn in place; in a log, a plain line every 5 s.
        ImportProgress progress =
            new ImportProgress(
                err, System.console() != null, System::nanoTime, java.time.Duration.ofSeconds(5));
        CorpusImporter.Outcome outcome =
            CorpusImporter.standard()
                .run(
                    new CorpusImporter.Request(file, chosen, author, handle, trusted),
                    new CorpusImporter.Paths(
                        inputs.raw,
                        inputs.sources,
                        inputs.noCuration ? null : inputs.curation,
                        output),
                    progress);
        if (!outcome.added()) {
          out.printf("%s was already imported as %s: nothing added%n", file, outcome.document());
          return 0;
        }
        outcome.warnings().forEach(w -> err.println("warning: " + w));
        String skipped =
            outcome.skipped().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b)
                .map(s -> " (skipped: " + s + ")")
                .orElse("");
        out.printf(
            "imported %d items from %s as %s%s, by %s%n",
            outcome.items(),
            file,
            outcome.document(),
            skipped,
            outcome.author() == null
                ? "an unknown author"
                : outcome.author().name()
                    + (outcome.author().handle() == null
                        ? ""
                        : " (@" + outcome.author().handle() + ")"));
        out.printf(
            "wrote %d quotes to %s (%d new; %d candidates dropped)%n",
            outcome.quotes(), output, outcome.newQuotes(), outcome.droppedCount());
        return 0;
      } catch (BadFileException e) {
        return fail(err, e);
      }
    }
  }

  private static int fail(PrintWriter err, BadFileException e) {
    err.println("error: " + e.getMessage());
    return BAD_INPUT;
  }
}
