package dev.aphorist.bench;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.QuotesFile;
import dev.aphorist.corpus.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Builds corpora of any size that read like the real one: a word-pair Markov chain over the real
 * corpus's sentences (corpus/quotes.json when it exists, else the raw documents' lines), so word
 * frequencies, word pairs and quote lengths follow the real text. Same seed, same corpus.
 */
public final class CorpusGenerator {

  /** Tags used when the vocabulary comes from the raw documents, which have none. */
  private static final List<String> FALLBACK_TAGS =
      List.of(
          "architecture",
          "caching",
          "careers",
          "ci-cd",
          "cloud",
          "communication",
          "customers",
          "data-structures",
          "decisions",
          "deployment",
          "distributed-systems",
          "dns",
          "failures",
          "incentives",
          "innovation",
          "leadership",
          "legacy-code",
          "management",
          "meetings",
          "microservices",
          "multi-tenancy",
          "networking",
          "observability",
          "operations",
          "optimization",
          "ownership",
          "products",
          "queues",
          "reliability",
          "retention",
          "rust",
          "scaling",
          "security",
          "serverless",
          "standards",
          "teams",
          "technology-choices",
          "testing",
          "velocity",
          "writing");

  private static final List<String> FIRST_NAMES =
      List.of(
          "Ada",
          "Alan",
          "Barbara",
          "Brian",
          "Carla",
          "Dennis",
          "Edsger",
          "Frances",
          "Grace",
          "Hedy",
          "Ivan",
          "Jean",
          "Ken",
          "Leslie",
          "Margaret",
          "Niklaus",
          "Olga",
          "Peter",
          "Radia",
          "Sophie",
          "Tony",
          "Ursula",
          "Vint",
          "Wendy",
          "Xavier",
          "Yukihiro",
          "Zhang",
          "Marc",
          "Joe",
          "Yan",
          "John",
          "Kelsey");

  private static final List<String> LAST_NAMES =
      List.of(
          "Lovelace",
          "Turing",
          "Liskov",
          "Kernighan",
          "Ritchie",
          "Dijkstra",
          "Allen",
          "Hopper",
          "Lamarr",
          "Sutherland",
          "Sammet",
          "Thompson",
          "Lamport",
          "Hamilton",
          "Wirth",
          "Perlman",
          "Norvig",
          "Wilson",
          "Hoare",
          "Franklin",
          "Cerf",
          "Hall",
          "Leroy",
          "Matsumoto",
          "Wei",
          "Brooker",
          "Magerramov",
          "Cui",
          "McBride",
          "Hightower",
          "Vogels",
          "Beck");

  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 45;

  private final List<String> starts;
  private final Map<String, String[]> next;
  private final List<String> words;
  private final List<String> tags;
  private final List<String> realAuthors;
  private final String vocabularySource;

  private CorpusGenerator(
      List<String> sentences, List<String> tags, List<String> authors, String from) {
    Map<String, List<String>> followers = new HashMap<>();
    List<String> starts = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String sentence : sentences) {
      String[] tokens = sentence.strip().split("\\s+");
      if (tokens.length < 3) {
        continue;
      }
      starts.add(tokens[0]);
      for (int i = 0; i < tokens.length; i++) {
        String word = tokens[i].replaceAll("[^\\p{L}\\p{N}'-]", "").toLowerCase(Locale.ROOT);
        if (word.length() > 2) {
          words.add(word);
        }
        if (i + 1 < tokens.length) {
          followers.computeIfAbsent(tokens[i], t -> new ArrayList<>()).add(tokens[i + 1]);
        }
      }
    }
    Map<String, String[]> next = new HashMap<>();
    followers.forEach((token, list) -> next.put(token, list.toArray(String[]::new)));
    this.starts = List.copyOf(starts);
    this.next = next;
    this.words = List.copyOf(words);
    this.tags = List.copyOf(tags);
    this.realAuthors = List.copyOf(authors);
    this.vocabularySource = from;
  }

  /** The vocabulary of the project's corpus directory: quotes.json if present, else raw/*.txt. */
  public static CorpusGenerator fromProject(Path corpusDir) {
    Path quotes = corpusDir.resolve("quotes.json");
    try {
      if (Files.exists(quotes)) {
        Corpus real = QuotesFile.read(quotes);
        Set<String> tags = new HashSet<>();
        Set<String> authors = new HashSet<>();
        List<String> texts = new ArrayList<>();
        for (Quote quote : real.quotes()) {
          texts.add(quote.text());
          tags.addAll(quote.tags());
          if (quote.author() != null) {
            authors.add(quote.author().name());
          }
        }
        return new CorpusGenerator(
            texts,
            tags.isEmpty() ? FALLBACK_TAGS : tags.stream().sorted().toList(),
            authors.stream().sorted().toList(),
            quotes.toString());
      }
      List<String> lines = new ArrayList<>();
      try (Stream<Path> raw = Files.list(corpusDir.resolve("raw"))) {
        for (Path file : raw.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            // Engagement counts, dates and headings are too short to be prose.
            if (line.strip().length() >= 40) {
              lines.add(line);
            }
          }
        }
      }
      return new CorpusGenerator(
          lines, FALLBACK_TAGS, List.of(), corpusDir.resolve("raw") + "/*.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BadFileException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Prints a few generated quotes and queries: {@code CorpusGenerator [count] [seed]}. */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    CorpusGenerator generator = fromProject(Path.of("corpus"));
    Corpus corpus = generator.generate(Math.max(count, 100), seed);
    System.out.println("vocabulary: " + generator.vocabularySource());
    corpus.quotes().stream()
        .limit(count)
        .forEach(
            q ->
                System.out.println(
                    "- " + q.text() + " (" + q.authorName() + ", " + q.tags() + ")"));
    System.out.println("queries: " + generator.queries(corpus, count * 2, seed));
    System.out.println("prefixes: " + generator.prefixes(count * 2, seed));
  }

  /** Where the vocabulary came from, for benchmark reports. */
  public String vocabularySource() {
    return vocabularySource;
  }

  /** A corpus of exactly {@code size} distinct quotes. */
  public Corpus generate(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> authors = authorPool(Math.max(4, size / 200), random.split());
    Source source = new Source("generated.txt", "Generated corpus", DocumentKind.BLOG_POST, null);
    Map<String, Quote> quotes = new LinkedHashMap<>();
    while (quotes.size() < size) {
      String text = sentence(random);
      String id = QuoteId.of(text);
      if (quotes.containsKey(id)) {
        continue;
      }
      List<String> quoteTags = new ArrayList<>();
      int tagCount = 1 + random.nextInt(3);
      for (int i = 0; i < tagCount; i++) {
        String tag = tags.get(random.nextInt(tags.size()));
        if (!quoteTags.contains(tag)) {
          quoteTags.add(tag);
        }
      }
      Author author =
          random.nextInt(20) == 0
              ? null
              : new Author(authors.get(skewed(random, authors.size())), null);
      double score = Math.round(random.nextDouble() * random.nextDouble() * 100) / 100.0;
      quotes.put(id, new Quote(id, text, author, source, quoteTags, score, null));
    }
    return new Corpus(quotes.values());
  }

  /** A realistic mix of what users type, drawn from the same vocabulary. */
  public List<String> queries(Corpus corpus, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> queries = new ArrayList<>(count);
    List<Quote> quotes = corpus.quotes();
    while (queries.size() < count) {
      int kind = random.nextInt(20);
      if (kind < 8) {
        queries.add(word(random));
      } else if (kind < 13) {
        queries.add(word(random) + " " + word(random));
      } else if (kind < 16) {
        String[] tokens = quotes.get(random.nextInt(quotes.size())).text().split("\\s+");
        int at = random.nextInt(Math.max(1, tokens.length - 1));
        queries.add("\"" + tokens[at] + " " + tokens[Math.min(at + 1, tokens.length - 1)] + "\"");
      } else if (kind < 18) {
        queries.add(typo(word(random), random));
      } else {
        Quote quote = quotes.get(random.nextInt(quotes.size()));
        queries.add(quote.author() == null ? word(random) : quote.author().name());
      }
    }
    return queries;
  }

  /** Prefixes a user might have typed so far, for completion benchmarks. */
  public List<String> prefixes(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> prefixes = new ArrayList<>(count);
    while (prefixes.size() < count) {
      String word = word(random);
      String prefix = word.substring(0, 1 + random.nextInt(Math.min(word.length(), 5)));
      prefixes.add(random.nextInt(4) == 0 ? word(random) + " " + prefix : prefix);
    }
    return prefixes;
  }

  /** Author name prefixes. */
  public List<String> authorPrefixes(Corpus corpus, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> prefixes = new ArrayList<>(count);
    List<Quote> quotes = corpus.quotes();
    while (prefixes.size() < count) {
      Quote quote = quotes.get(random.nextInt(quotes.size()));
      if (quote.author() != null) {
        String name = quote.author().name();
        prefixes.add(name.substring(0, 1 + random.nextInt(Math.min(name.length(), 4))));
      }
    }
    return prefixes;
  }

  private String sentence(SplittableRandom random) {
    while (true) {
      StringBuilder text = new StringBuilder();
      String token = starts.get(random.nextInt(starts.size()));
      int count = 0;
      while (token != null && count < MAX_WORDS) {
        if (text.length() + token.length() + 1 > Quote.MAX_LENGTH) {
          break;
        }
        if (count > 0) {
          text.append(' ');
        }
        text.append(token);
        count++;
        if (count >= MIN_WORDS && endsSentence(token) && random.nextInt(3) > 0) {
          break;
        }
        String[] followers = next.get(token);
        token = followers == null ? null : followers[random.nextInt(followers.length)];
      }
      if (count >= MIN_WORDS) {
        return text.toString();
      }
    }
  }

  private static boolean endsSentence(String token) {
    return token.endsWith(".") || token.endsWith("!") || token.endsWith("?");
  }

  private String word(SplittableRandom random) {
    return words.get(random.nextInt(words.size()));
  }

  private static String typo(String word, SplittableRandom random) {
    if (word.length() < 4) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 2);
    char[] chars = word.toCharArray();
    char swap = chars[at];
    chars[at] = chars[at + 1];
    chars[at + 1] = swap;
    return new String(chars);
  }

  private List<String> authorPool(int size, SplittableRandom random) {
    List<String> pool = new ArrayList<>(realAuthors);
    Set<String> seen = new HashSet<>(pool);
    int attempts = 0;
    while (pool.size() < size && attempts++ < size * 10) {
      String name =
          FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()))
              + " "
              + LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
      if (pool.size() >= FIRST_NAMES.size() * LAST_NAMES.size() / 2) {
        name = name + " " + (char) ('A' + random.nextInt(26)) + ".";
      }
      if (seen.add(name)) {
        pool.add(name);
      }
    }
    return pool;
  }

  /** Few prolific authors, many occasional ones: index ~ square of a uniform draw. */
  private static int skewed(SplittableRandom random, int size) {
    double u = random.nextDouble();
    return Math.min(size - 1, (int) (u * u * size));
  }
}
