package dev.aphorist.corpus.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled evaluation set (src/test/resources/corpus/labels.yaml) and the measures of an
 * extracted corpus against it. Quotes match labels on {@link QuoteId#normalize}, or when one
 * normalized text contains the other and the shorter has at least {@link #CONTAINED} of the
 * longer's length (an extractor may keep or drop a word of cleaning differently).
 */
final class LabelledSet {

  static final double CONTAINED = 0.9;

  /** One labelled passage. */
  record Label(String document, int line, boolean keep, String author, String text) {
    String normalized() {
      return QuoteId.normalize(text);
    }
  }

  /** Precision and recall of a corpus against the keeps, with what went wrong. */
  record Evaluation(
      int kept,
      int labelledKeeps,
      int truePositives,
      List<Quote> falsePositives,
      List<Label> falseNegatives,
      List<String> wrongAuthors) {

    double precision() {
      return kept == 0 ? 0.0 : (double) truePositives / kept;
    }

    double recall() {
      return labelledKeeps == 0 ? 0.0 : (double) truePositives / labelledKeeps;
    }
  }

  private final List<Label> labels;

  private LabelledSet(List<Label> labels) {
    this.labels = labels;
  }

  static LabelledSet load() throws IOException {
    try (InputStream in = LabelledSet.class.getResourceAsStream("/corpus/labels.yaml")) {
      JsonNode root = new YAMLMapper().readTree(in);
      List<Label> labels = new ArrayList<>();
      for (JsonNode document : root.get("documents")) {
        String file = document.get("file").asText();
        for (JsonNode p : document.get("passages")) {
          JsonNode author = p.get("author");
          labels.add(
              new Label(
                  file,
                  p.get("line").asInt(),
                  p.get("keep").asBoolean(),
                  author == null || author.isNull() ? null : author.asText(),
                  p.get("text").asText()));
        }
      }
      return new LabelledSet(labels);
    }
  }

  List<Label> labels() {
    return labels;
  }

  /** The keeps, one per distinct passage (the overlapping unrolls label some twice). */
  List<Label> distinctKeeps() {
    Map<String, Label> byText = new LinkedHashMap<>();
    for (Label label : labels) {
      if (label.keep()) {
        byText.putIfAbsent(label.normalized(), label);
      }
    }
    return new ArrayList<>(byText.values());
  }

  static boolean matches(String quoteText, String labelText) {
    String a = QuoteId.normalize(quoteText);
    String b = QuoteId.normalize(labelText);
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return longer.contains(shorter) && shorter.length() >= CONTAINED * longer.length();
  }

  Evaluation evaluate(Corpus corpus) {
    List<Label> keeps = distinctKeeps();
    boolean[] found = new boolean[keeps.size()];
    List<Quote> falsePositives = new ArrayList<>();
    List<String> wrongAuthors = new ArrayList<>();
    int truePositives = 0;
    for (Quote quote : corpus.quotes()) {
      int match = -1;
      for (int i = 0; i < keeps.size(); i++) {
        if (!found[i] && matches(quote.text(), keeps.get(i).text())) {
          match = i;
          break;
        }
      }
      if (match < 0) {
        falsePositives.add(quote);
        continue;
      }
      found[match] = true;
      truePositives++;
      String expected = keeps.get(match).author();
      String actual = quote.authorName();
      if (expected == null ? actual != null : !expected.equals(actual)) {
        wrongAuthors.add(quote.text() + " -> " + actual + " (label: " + expected + ")");
      }
    }
    List<Label> falseNegatives = new ArrayList<>();
    for (int i = 0; i < keeps.size(); i++) {
      if (!found[i]) {
        falseNegatives.add(keeps.get(i));
      }
    }
    return new Evaluation(
        corpus.size(), keeps.size(), truePositives, falsePositives, falseNegatives, wrongAuthors);
  }
}
