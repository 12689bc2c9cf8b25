package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.search.QuoteIndex;
import java.util.List;

public class SearchProbe {
  public static void main(String[] args) {
    CorpusGenerator g = BenchmarkCorpora.generator();
    Corpus corpus = g.generate(Integer.parseInt(args[0]), 42);
    QuoteIndex index = QuoteIndex.build(corpus);
    List<String> qs = g.queries(corpus, 1024, 7);
    long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
    long n = 0;
    while (System.nanoTime() < end) {
      for (String q : qs) index.search(q);
      n += qs.size();
    }
    System.out.println("searches " + n);
  }
}
