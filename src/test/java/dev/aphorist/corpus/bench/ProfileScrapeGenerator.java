package dev.aphorist.corpus.bench;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.build.SourceEntry;
import dev.aphorist.corpus.build.SourcesManifest;
import java.util.Map;
import java.util.Random;

/**
 * Generates a profile scrape in the layout of the seed (bio, blank line, then posts each followed
 * by a run of engagement counts), with the mix a real profile has: general claims, anecdotes,
 * announcements with links, replies, thread openers and quoted posts; counts written as 797, 12,682
 * or 1.2K. The same seed gives the same text.
 */
public final class ProfileScrapeGenerator {

  private static final String[] SUBJECTS = {
    "Every retry policy",
    "A good deployment pipeline",
    "The hardest part of a migration",
    "Most outages",
    "A cache",
    "Your on-call rotation",
    "Every distributed system",
    "The best architecture",
    "A design review",
    "Most teams",
    "A queue",
    "Technical debt",
    "The only way to scale a team",
    "Good documentation",
    "A feature flag",
    "Every abstraction",
    "The control plane",
    "A leader's job",
    "Code review",
    "Load shedding"
  };
  private static final String[] PREDICATES = {
    "needs a budget before it needs a dashboard", "is a product, so treat it like one",
    "fails at the boundaries between teams", "hides overload until it is too late",
    "should be boring enough that nobody notices it", "is a loan you repay with interest",
    "outlives the people who wrote it", "is only as good as its rollback",
    "turns a small blip into a long outage", "matters more than the language you pick",
    "is about saying no to clever ideas", "costs more to remove than to add",
    "must survive the failure of its dependencies", "is where the real complexity lives"
  };
  private static final String[] REASONS = {
    "Without that, every incident becomes a guessing game.",
    "The rest is detail.",
    "Simplicity is a feature you have to defend.",
    "You will not notice until the pager goes off at 3am.",
    "Nobody gets promoted for it, and everybody depends on it.",
    ""
  };
  private static final String[] ANECDOTES = {
    "Spent the weekend fixing the fence with my kids. Zero unit tests.",
    "Took my daughter to her first hackathon and she fixed my build.",
    "The 6 year old asked why the computer needs a password. I had no good answer.",
    "Went to a conference last week and the coffee was better than the talks.",
    "My dog just walked across the keyboard during a design review."
  };
  private static final String[] ANNOUNCEMENTS = {
    "Excited to announce our new managed queue is now available in every region!",
    "This is big! You can now attach five load balancers to one target group.",
    "A few thoughts on retries and backoff:",
    "My new article on cell-based architecture is out!"
  };
  private static final String[] REACTIONS = {
    "Happy Friday, everyone.",
    "This made my day.",
    "Couldn't agree more with this one.",
    "Well, that escalated quickly.",
    "Anyone else at the summit this week?",
    "Our team is hiring again, come work with us!",
    "Coffee first, code later."
  };
  private static final String[] LINKS = {
    "example.com/blog/retries-and-backo…",
    "https://t.co/a1b2c3d4e5",
    "aws.amazon.com/about-aws/wha…"
  };

  private final Random random;

  public ProfileScrapeGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A scrape of {@code posts} posts. */
  public String generate(int posts) {
    StringBuilder out = new StringBuilder(posts * 200);
    out.append("Principal engineer. Queues, caches and the people who run them. Views my own.\n\n");
    for (int i = 0; i < posts; i++) {
      int kind = random.nextInt(20);
      if (kind < 3) {
        out.append(claim(i));
      } else if (kind < 4) {
        out.append(claim(i)).append(" A thread. 1/");
      } else if (kind < 9) {
        out.append(pick(ANECDOTES)).append(' ').append(i % 97).append(" days to go.");
      } else if (kind < 11) {
        out.append(pick(ANNOUNCEMENTS)).append(' ').append(pick(LINKS));
      } else if (kind < 14) {
        out.append("Replying to @user").append(i % 500).append('\n');
        out.append(random.nextBoolean() ? claim(i) : pick(REACTIONS));
      } else if (kind < 16) {
        out.append("So true.\n").append(claim(i + 1));
      } else {
        out.append(pick(REACTIONS));
      }
      out.append('\n');
      counts(out);
    }
    return out.toString();
  }

  /**
   * One post of the same mix, for other layouts (an X archive): its text, and whether it answers
   * someone ({@code reply}) or shares someone else's post ({@code repost}).
   */
  public record Post(String text, boolean reply, boolean repost) {}

  /** The next post of the mix; independent of {@link #generate}. */
  public Post post(int i) {
    int kind = random.nextInt(20);
    if (kind < 3) {
      return new Post(claim(i), false, false);
    } else if (kind < 4) {
      return new Post(claim(i) + " A thread. 1/", false, false);
    } else if (kind < 8) {
      return new Post(pick(ANECDOTES) + ' ' + (i % 97) + " days to go.", false, false);
    } else if (kind < 10) {
      return new Post(pick(ANNOUNCEMENTS) + ' ' + pick(LINKS), false, false);
    } else if (kind < 13) {
      return new Post(
          "@user" + (i % 500) + ' ' + (random.nextBoolean() ? claim(i) : pick(REACTIONS)),
          true,
          false);
    } else if (kind < 15) {
      return new Post("RT @user" + (i % 300) + ": " + claim(i + 1), false, true);
    } else {
      return new Post(pick(REACTIONS), false, false);
    }
  }

  private String claim(int i) {
    String reason = pick(REASONS);
    return pick(SUBJECTS)
        + " "
        + pick(PREDICATES)
        + (i % 3 == 0 ? ", at least in year " + (i % 40 + 1) : "")
        + "."
        + (reason.isEmpty() ? "" : " " + reason);
  }

  private void counts(StringBuilder out) {
    int runs = 1 + random.nextInt(4);
    for (int r = 0; r < runs; r++) {
      long value = (long) Math.pow(10, 1 + random.nextDouble() * 5);
      int style = random.nextInt(3);
      if (style == 0 || value < 1000) {
        out.append(value);
      } else if (style == 1) {
        out.append(String.format(java.util.Locale.ROOT, "%,d", value));
      } else {
        out.append(String.format(java.util.Locale.ROOT, "%.1fK", value / 1000.0));
      }
      out.append('\n');
    }
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  /** The file name the benchmarks give a generated scrape. */
  public static final String DOCUMENT = "generated.txt";

  /** A sources.yaml for a generated scrape: one author, no speaker. */
  public static SourcesManifest manifest() {
    return new SourcesManifest(
        Map.of(
            DOCUMENT,
            new SourceEntry(
                DOCUMENT,
                "Generated",
                DocumentKind.PROFILE_SCRAPE,
                null,
                null,
                new Author("Generated Engineer", null),
                null,
                1)));
  }
}
