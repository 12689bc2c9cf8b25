package dev.aphorist.corpus.build;

import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.extract.Candidate;
import dev.aphorist.corpus.extract.DocumentReaders;
import dev.aphorist.corpus.extract.Extractor;
import dev.aphorist.corpus.extract.RawDocument;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Prints how the extractor does on the labelled set: precision, recall, every false positive and
 * false negative with its score and reason. A development aid, run with {@code ./mvnw -q -Pbench
 * test-compile exec:exec -Dbench.main=dev.aphorist.corpus.build.ExtractionReport}.
 */
public final class ExtractionReport {

  private ExtractionReport() {}

  public static void main(String[] args) throws Exception {
    LabelledSet labels = LabelledSet.load();
    Extractor extractor = new Extractor(DocumentReaders.standard(), true);
    BuildResult result =
        new CorpusBuilder(extractor)
            .build(Path.of("corpus/raw"), Path.of("corpus/sources.yaml"), null);
    Map<String, String> traces = new HashMap<>();
    for (RawDocument doc : RawFolder.load(Path.of("corpus/raw"))) {
      SourceEntry entry =
          SourcesManifest.read(Path.of("corpus/sources.yaml")).entry(doc.name()).orElseThrow();
      for (Candidate c : extractor.extract(doc.text(), entry.kind())) {
        traces.put(c.text(), c.score().trace());
      }
    }
    LabelledSet.Evaluation e = labels.evaluate(result.corpus());
    System.out.printf(
        "kept %d, labelled keeps %d, true positives %d: precision %.3f recall %.3f%n",
        e.kept(), e.labelledKeeps(), e.truePositives(), e.precision(), e.recall());
    for (double t = 0.5; t < 0.8; t += 0.025) {
      final double threshold = t;
      LabelledSet.Evaluation at =
          labels.evaluate(
              new dev.aphorist.corpus.Corpus(
                  result.corpus().quotes().stream().filter(q -> q.score() >= threshold).toList()));
      System.out.printf(
          "  threshold %.3f: kept %d precision %.3f recall %.3f%n",
          t, at.kept(), at.precision(), at.recall());
    }
    System.out.println("--- false positives");
    for (Quote q : e.falsePositives()) {
      System.out.printf("  %.3f %s | %s%n", q.score(), q.source().document(), q.text());
      System.out.printf("        %s%n", traces.get(q.text()));
    }
    System.out.println("--- false negatives");
    for (LabelledSet.Label l : e.falseNegatives()) {
      System.out.printf("  %s:%d %s%n", l.document(), l.line(), l.text());
      for (Dropped d : result.dropped()) {
        if (d.document().equals(l.document())
            && (LabelledSet.matches(d.text(), l.text())
                || (d.line() == l.line() && d.score() > 0))) {
          System.out.printf("      dropped %.3f %s | %s%n", d.score(), d.reason(), d.text());
          System.out.printf("        %s%n", traces.get(d.text()));
        }
      }
    }
    System.out.println("--- wrong authors");
    e.wrongAuthors().forEach(w -> System.out.println("  " + w));
    if (args.length > 0) {
      System.out.println("--- all kept");
      for (Quote q : result.corpus().quotes()) {
        System.out.printf(
            "  %.3f %s %s %s | %s%n",
            q.score(), q.source().document().substring(0, 3), q.authorName(), q.tags(), q.text());
        System.out.printf("        %s%n", traces.get(q.text()));
      }
      System.out.println("--- near misses (dropped with score >= 0.3)");
      for (Dropped d : result.dropped()) {
        if (d.score() >= 0.3) {
          System.out.printf(
              "  %.3f %s:%d %s | %s%n",
              d.score(), d.document().substring(0, 3), d.line(), d.reason(), d.text());
        }
      }
    }
  }
}
