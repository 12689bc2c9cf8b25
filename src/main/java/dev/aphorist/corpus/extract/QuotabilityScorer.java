package dev.aphorist.corpus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores how well a cleaned passage reads as a short engineering aphorism, from general features
 * only: length and sentence count, engineering vocabulary, generic versus anecdotal language,
 * announcement, link-share, thanks and politics cues, dependence on missing context, and engagement
 * relative to the rest of the document. Each feature adds to or takes from a log-odds sum; the
 * score is its logistic. The weights were set by hand, each to the size of evidence its cue is (a
 * family word is strong evidence of an anecdote, a capitalised name weak evidence of something too
 * specific), then checked against the labelled seed passages and against documents the weights were
 * not tuned on (see CorpusQualityTest and UnseenDocumentsTest). The cue words themselves are in
 * {@link LanguageCues} and {@link TopicTagger}.
 */
public final class QuotabilityScorer {

  /**
   * What the scorer knows about a candidate besides its text.
   *
   * @param reply the post answers another
   * @param quotation the words are a quotation the author reports
   * @param prose the text is cut from an article rather than a post
   * @param engagement log engagement relative to the document's median (0 when unknown)
   * @param names folded words the document capitalises in mid-sentence (names of people, companies,
   *     products), so that they are recognised at the start of a sentence too
   */
  public record Context(
      boolean reply, boolean quotation, boolean prose, double engagement, Set<String> names) {

    /** A plain post with no engagement signal. */
    public static final Context NONE = new Context(false, false, false, 0.0, Set.of());
  }

  /** Every lexicon the scorer counts, matched in one pass per candidate. */
  private static final LexiconIndex INDEX = index();

  private static LexiconIndex index() {
    List<Lexicon> lexicons =
        new ArrayList<>(
            List.of(
                LanguageCues.GENERIC,
                LanguageCues.NARRATIVE_PAST,
                LanguageCues.FIRST_PERSON,
                LanguageCues.OPINION,
                LanguageCues.TIME,
                LanguageCues.DURATION,
                LanguageCues.PERSONAL_LIFE,
                LanguageCues.ANNOUNCEMENT,
                LanguageCues.SHARING,
                LanguageCues.THANKS,
                LanguageCues.POLITICS,
                LanguageCues.DEICTIC_REFERENCE,
                LanguageCues.THIRD_PERSON,
                LanguageCues.INTENSIFIERS,
                LanguageCues.HEDGES));
    lexicons.addAll(TopicTagger.vocabularies());
    return new LexiconIndex(lexicons);
  }

  private static final LexiconIndex.Slot S_GENERIC = INDEX.slotOf(LanguageCues.GENERIC);
  private static final LexiconIndex.Slot S_NARRATIVE_PAST =
      INDEX.slotOf(LanguageCues.NARRATIVE_PAST);
  private static final LexiconIndex.Slot S_FIRST_PERSON = INDEX.slotOf(LanguageCues.FIRST_PERSON);
  private static final LexiconIndex.Slot S_OPINION = INDEX.slotOf(LanguageCues.OPINION);
  private static final LexiconIndex.Slot S_TIME = INDEX.slotOf(LanguageCues.TIME);
  private static final LexiconIndex.Slot S_DURATION = INDEX.slotOf(LanguageCues.DURATION);
  private static final LexiconIndex.Slot S_PERSONAL_LIFE = INDEX.slotOf(LanguageCues.PERSONAL_LIFE);
  private static final LexiconIndex.Slot S_ANNOUNCEMENT = INDEX.slotOf(LanguageCues.ANNOUNCEMENT);
  private static final LexiconIndex.Slot S_SHARING = INDEX.slotOf(LanguageCues.SHARING);
  private static final LexiconIndex.Slot S_THANKS = INDEX.slotOf(LanguageCues.THANKS);
  private static final LexiconIndex.Slot S_POLITICS = INDEX.slotOf(LanguageCues.POLITICS);
  private static final LexiconIndex.Slot S_DEICTIC_REFERENCE =
      INDEX.slotOf(LanguageCues.DEICTIC_REFERENCE);
  private static final LexiconIndex.Slot S_THIRD_PERSON = INDEX.slotOf(LanguageCues.THIRD_PERSON);
  private static final LexiconIndex.Slot S_INTENSIFIERS = INDEX.slotOf(LanguageCues.INTENSIFIERS);
  private static final LexiconIndex.Slot S_HEDGES = INDEX.slotOf(LanguageCues.HEDGES);

  private static final List<LexiconIndex.Slot> VOCABULARY_SLOTS =
      TopicTagger.vocabularies().stream().map(INDEX::slotOf).toList();

  // --- weights (log-odds) -------------------------------------------------------------------

  private static final double BIAS = -0.75;
  private static final double GENERIC_EACH = 0.4;
  private static final double GENERIC_MAX = 1.2;
  private static final double TIMELESS = 0.5;
  private static final double VOCABULARY_EACH = 0.3;
  private static final double VOCABULARY_MAX = 1.2;
  private static final double NO_VOCABULARY = -1.0;
  private static final double IMPERATIVE_START = 0.6;
  private static final double GENERIC_SUBJECT = 0.4;
  private static final double QUOTED_WORDS = 0.8;
  private static final double PROSE = -0.4;
  private static final double FIRST_PERSON_EACH = -0.6;
  private static final double FIRST_PERSON_MAX = -2.4;
  private static final double PAST_FIRST = -0.35;
  private static final double PAST_EACH = -0.7;
  private static final double PAST_MAX = -2.8;
  private static final double TIME_EACH = -0.7;
  private static final double TIME_MAX = -2.1;
  private static final double PERSONAL_EACH = -1.4;
  private static final double PERSONAL_MAX = -4.2;
  private static final double ANNOUNCEMENT_EACH = -1.1;
  private static final double ANNOUNCEMENT_MAX = -3.3;
  private static final double SHARING_EACH = -0.9;
  private static final double SHARING_MAX = -2.7;
  private static final double LINK = -1.6;
  private static final double THANKS_EACH = -1.6;
  private static final double POLITICAL = -4.0;
  private static final double LOWERCASE_START = -2.0;
  private static final double CONNECTIVE = -1.2;
  private static final double THIRD_PERSON_EACH = -0.4;
  private static final double THIRD_PERSON_MAX = -1.2;
  private static final double INLINE_QUOTE_EACH = -0.6;
  private static final double INLINE_QUOTE_MAX = -1.2;
  private static final double INTENSIFIER_EACH = -0.3;
  private static final double INTENSIFIER_MAX = -0.9;
  private static final double PROSE_NAME_EACH = -0.6;
  private static final double PROSE_NAME_MAX = -1.8;
  private static final double LEAD_IN_REMOVED = -0.5;
  private static final double THREAD_START = -0.5;
  private static final double LABEL_OPENER = -0.5;
  private static final double DEICTIC = -0.45;
  private static final double REFERENCE_EACH = -0.4;
  private static final double ASIDE = -1.0;
  private static final double ALL_QUESTIONS = -0.6;
  private static final double QUESTION_EACH = -0.3;
  private static final double EXCLAMATION_EACH = -0.45;
  private static final double EXCLAMATION_MAX = -1.8;
  private static final double ORGANISATION_EACH = -0.5;
  private static final double ORGANISATION_MAX = -1.5;
  private static final double NAME_EACH = -0.3;
  private static final double NAME_MAX = -1.5;
  private static final double NUMBER_EACH = -0.2;
  private static final double NUMBER_MAX = -0.8;
  private static final double EMOJI_EACH = -0.4;
  private static final double HASHTAG_EACH = -0.5;
  private static final double MENTION_EACH = -0.8;
  private static final double REPLY = -1.2;
  private static final double PROSE_CONNECTIVE = -2.0;
  private static final double HEDGE_EACH = -0.4;
  private static final double HEDGE_MAX = -0.8;
  private static final double VERY_SHORT = -3.0;
  private static final double SHORT = -0.4;
  private static final double DURATION_EACH = -0.35;
  private static final double SHORTHAND_EACH = -0.4;
  private static final double SHORTHAND_MAX = -0.8;
  private static final double LONG = -0.3;
  private static final double EXTRA_SENTENCE = -0.6;
  private static final double HEADING = -1.0;
  private static final double TITLE_CASE = -2.5;
  private static final double ENGAGEMENT_WEIGHT = 0.25;

  private static final int VERY_SHORT_WORDS = 4;
  private static final int SHORT_WORDS = 8;
  private static final int LONG_CHARS = 240;
  private static final int MAX_SENTENCES = 3;

  /** The score at and above which a candidate is kept. */
  public static final double THRESHOLD = 0.5;

  private static final String LINK_SHARE = "link share";
  private static final String NOTHING_LEFT = "nothing left after cleaning";
  private static final String CUT_OFF = "cut off by the site";
  private static final String TOO_LONG =
      "longer than " + dev.aphorist.corpus.Quote.MAX_LENGTH + " characters";

  private QuotabilityScorer() {}

  /**
   * True when a text can be no quote whatever it says (nothing left after cleaning, cut off, too
   * long), as opposed to one the scorer merely finds not quotable: a trusted list keeps the latter.
   */
  public static boolean unusable(Score score) {
    String problem = score.problem();
    return score.value() == 0.0
        && (LINK_SHARE.equals(problem)
            || NOTHING_LEFT.equals(problem)
            || CUT_OFF.equals(problem)
            || TOO_LONG.equals(problem));
  }

  /** Scores cleaned quote text. */
  public static Score score(Cleaned cleaned, Context context) {
    return score(cleaned, null, context, null);
  }

  /** Scores cleaned text whose words the caller already has. */
  static Score score(Cleaned cleaned, Words words, Context context, boolean trace) {
    return score(cleaned, words, context, trace ? new StringBuilder() : null);
  }

  /** Scores and records each feature's contribution in {@link Score#trace()}. */
  public static Score traced(Cleaned cleaned, Context context) {
    return score(cleaned, null, context, new StringBuilder());
  }

  private static Score score(
      Cleaned cleaned, Words knownWords, Context context, StringBuilder trace) {
    String text = cleaned.text();
    if (text.isEmpty()) {
      return Score.rejected(cleaned.leadInRemoved() ? LINK_SHARE : NOTHING_LEFT);
    }
    if (cleaned.truncated()) {
      return Score.rejected(CUT_OFF);
    }
    if (text.length() > dev.aphorist.corpus.Quote.MAX_LENGTH) {
      return Score.rejected(TOO_LONG);
    }
    Words words = knownWords != null ? knownWords : Words.of(text);
    LexiconIndex.Hits hits = INDEX.hits(words);
    int[] spans = Sentences.spans(text);
    Punctuation punctuation = Punctuation.of(text);
    int sentenceCount = spans.length / 2;
    Tally tally = new Tally();
    tally.trace = trace;
    tally.add("", BIAS);

    int wordCount = words.size();
    if (wordCount <= VERY_SHORT_WORDS) {
      tally.add("too short", VERY_SHORT);
    } else if (wordCount < SHORT_WORDS) {
      tally.add("too short", SHORT);
    }
    if (text.length() > LONG_CHARS) {
      tally.add("too long", LONG);
    }
    if (sentenceCount > MAX_SENTENCES) {
      tally.add("too many sentences", EXTRA_SENTENCE * (sentenceCount - MAX_SENTENCES));
    }

    tally.add("", Math.min(GENERIC_MAX, GENERIC_EACH * hits.distinct(S_GENERIC)));
    int past = hits.distinct(S_NARRATIVE_PAST) + pastAfterSubject(words);
    if (past == 0) {
      tally.add("", TIMELESS);
    }
    if (context.prose()) {
      tally.add("", PROSE);
    }
    int vocabulary = 0;
    for (LexiconIndex.Slot slot : VOCABULARY_SLOTS) {
      vocabulary += hits.distinct(slot);
    }
    if (vocabulary == 0) {
      tally.add("not about engineering", NO_VOCABULARY);
    } else {
      tally.add("", Math.min(VOCABULARY_MAX, VOCABULARY_EACH * vocabulary));
    }
    if (hasGenericSubject(words, context.names())) {
      tally.add("", GENERIC_SUBJECT);
    }
    if (startsWithImperative(words)) {
      tally.add("", IMPERATIVE_START);
    }
    if (context.quotation()) {
      tally.add("", QUOTED_WORDS);
    }

    int firstPerson = hits.all(S_FIRST_PERSON) - hits.all(S_OPINION);
    tally.add("personal anecdote", Math.max(FIRST_PERSON_MAX, FIRST_PERSON_EACH * firstPerson));
    // One past form may sit in a general sentence ("people who were there"); more tell a story.
    if (past > 0) {
      tally.add("personal anecdote", Math.max(PAST_MAX, PAST_FIRST + PAST_EACH * (past - 1)));
    }
    tally.add("tied to a moment", Math.max(TIME_MAX, TIME_EACH * hits.distinct(S_TIME)));
    tally.add("tied to a moment", DURATION_EACH * Math.min(2, hits.distinct(S_DURATION)));
    tally.add("note or dialogue", Math.max(SHORTHAND_MAX, SHORTHAND_EACH * shorthand(words)));
    tally.add(
        "personal anecdote",
        Math.max(PERSONAL_MAX, PERSONAL_EACH * hits.distinct(S_PERSONAL_LIFE)));
    tally.add(
        "announcement",
        Math.max(ANNOUNCEMENT_MAX, ANNOUNCEMENT_EACH * hits.distinct(S_ANNOUNCEMENT)));
    tally.add("link share", Math.max(SHARING_MAX, SHARING_EACH * hits.distinct(S_SHARING)));
    if (cleaned.link()) {
      tally.add("link share", LINK);
    }
    tally.add("thanks or congratulations", THANKS_EACH * Math.min(2, hits.distinct(S_THANKS)));
    if (hits.distinct(S_POLITICS) > 0) {
      tally.add("politics", POLITICAL);
    }

    char first = text.charAt(0);
    if (Character.isLowerCase(first)) {
      tally.add("depends on context", LOWERCASE_START);
    } else if (LanguageCues.CONNECTIVE_START.startsWith(words)) {
      // In prose the sentence the connective leans on is right there, and left out.
      tally.add("depends on context", context.prose() ? PROSE_CONNECTIVE : CONNECTIVE);
    } else if (LanguageCues.DEICTIC_START.startsWith(words)) {
      tally.add("depends on context", DEICTIC);
    }
    tally.add("depends on context", REFERENCE_EACH * hits.distinct(S_DEICTIC_REFERENCE));
    tally.add(
        "depends on context",
        Math.max(THIRD_PERSON_MAX, THIRD_PERSON_EACH * hits.distinct(S_THIRD_PERSON)));
    tally.add(
        "reports someone's words",
        Math.max(INLINE_QUOTE_MAX, INLINE_QUOTE_EACH * punctuation.quotationMarks / 2));
    if (cleaned.leadInRemoved()) {
      tally.add("link share", LEAD_IN_REMOVED);
    }
    if (opensWithLabel(text)) {
      tally.add("note or dialogue", LABEL_OPENER);
    }
    if (cleaned.threadStart()) {
      tally.add("thread intro", THREAD_START);
    }
    if (context.reply()) {
      tally.add("reply", REPLY);
    }

    int questions = 0;
    for (int s = 0; s < spans.length; s += 2) {
      char last = text.charAt(spans[s + 1] - 1);
      if (last == '?') {
        questions++;
      }
      boolean closes =
          last == ')'
              || (last == '.'
                  && spans[s + 1] - 2 > spans[s]
                  && text.charAt(spans[s + 1] - 2) == ')');
      if (text.charAt(spans[s]) == '(' && closes) {
        tally.add("aside", ASIDE);
      }
    }
    if (questions == sentenceCount) {
      tally.add("question", ALL_QUESTIONS);
    } else {
      tally.add("question", QUESTION_EACH * questions);
    }
    tally.add(
        "exclamation", Math.max(EXCLAMATION_MAX, EXCLAMATION_EACH * punctuation.exclamations));

    int names = 0;
    int numbers = 0;
    int capitalized = 0;
    int organisations = 0;
    Words list = words;
    for (int i = 0; i < list.size(); i++) {
      int word = i;
      if (list.capitalized(word)) {
        capitalized++;
        // Acronyms (DNS, CI/CD, API) are mostly technical terms, not names.
        if ((!list.sentenceStart(word) || context.names().contains(list.folded(word)))
            && !isFirstPerson(list.plain(word))
            && !list.allCaps(word)) {
          names++;
          if (i > 0 && LanguageCues.ORGANISATION_PREPOSITIONS.contains(list.folded(i - 1))) {
            organisations++;
          }
        }
      }
      if (Character.isDigit(list.plain(word).charAt(0)) && !list.plain(word).endsWith("%")) {
        numbers++;
      }
    }
    if (context.prose()) {
      // An article's sentences that name people, companies or products tell its story.
      tally.add("too specific", Math.max(PROSE_NAME_MAX, PROSE_NAME_EACH * names));
    } else {
      tally.add("too specific", Math.max(NAME_MAX, NAME_EACH * names));
    }
    tally.add(
        "not a general point",
        Math.max(INTENSIFIER_MAX, INTENSIFIER_EACH * hits.distinct(S_INTENSIFIERS)));
    tally.add("not a general point", Math.max(HEDGE_MAX, HEDGE_EACH * hits.distinct(S_HEDGES)));
    tally.add(
        "about one organisation", Math.max(ORGANISATION_MAX, ORGANISATION_EACH * organisations));
    tally.add("too specific", Math.max(NUMBER_MAX, NUMBER_EACH * numbers));
    tally.add("emoji", EMOJI_EACH * Math.min(3, cleaned.emoji()));
    tally.add("hashtags", HASHTAG_EACH * Math.min(3, cleaned.hashtags()));
    tally.add("mentions someone", MENTION_EACH * Math.min(3, cleaned.mentions()));

    char last = text.charAt(text.length() - 1);
    boolean endsSentence = ".!?\"”)…".indexOf(last) >= 0;
    if (!endsSentence && wordCount <= SHORT_WORDS && !context.quotation()) {
      tally.add("heading", HEADING);
    }
    if (wordCount >= 3 && capitalized >= 3 && capitalized * 10 >= wordCount * 7) {
      tally.add("heading", TITLE_CASE);
    }
    tally.add("", ENGAGEMENT_WEIGHT * Math.max(-2.0, Math.min(2.0, context.engagement())));

    double value = 1.0 / (1.0 + Math.exp(-tally.sum));
    return new Score(value, tally.worst, trace == null ? null : trace.toString().strip());
  }

  private static boolean isFirstPerson(String w) {
    return w.equals("i") || w.startsWith("i'");
  }

  /** Counts of the punctuation the scorer weighs, in one pass over the text. */
  private record Punctuation(int exclamations, int quotationMarks) {
    static Punctuation of(String text) {
      int exclamations = 0;
      int quotes = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '!') {
          exclamations++;
        } else if (c == '"' || c == '“' || c == '”') {
          quotes++;
        }
      }
      return new Punctuation(exclamations, quotes);
    }
  }

  /**
   * Past forms right after a person, perhaps with one word between: "we decided", "they never
   * reached".
   */
  private static int pastAfterSubject(Words words) {
    Words list = words;
    int n = 0;
    for (int i = 1; i < list.size(); i++) {
      String w = list.folded(i);
      boolean pastForm =
          (w.endsWith("ed") && w.length() > 4) || LanguageCues.IRREGULAR_PAST.contains(w);
      if (!pastForm) {
        continue;
      }
      boolean afterPerson = isPerson(list.folded(i - 1)) || (i > 1 && isPerson(list.folded(i - 2)));
      // "scheduled an initial call", "serviced some real needs": a past verb with its object.
      boolean beforeObject =
          w.endsWith("ed")
              && i + 1 < list.size()
              && LanguageCues.OBJECT_START.contains(list.folded(i + 1))
              && !LanguageCues.AUXILIARY.contains(list.folded(i - 1));
      if (afterPerson || beforeObject) {
        n++;
      }
    }
    return n;
  }

  /** "Standards: ...", "Honest question: ...", "me: ...": a label, a note or a line of dialogue. */
  private static boolean opensWithLabel(String text) {
    int words = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return i > 0 && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
      }
      if (c == ' ') {
        if (++words > 2) {
          return false;
        }
      } else if (!Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A sentence about a kind of thing rather than a particular one: it opens with "A", "Every",
   * "Most"..., or with a plural noun ("Caches are", "Migrations fail").
   */
  private static boolean hasGenericSubject(Words words, Set<String> names) {
    Words list = words;
    for (int i = 0; i + 2 < list.size(); i++) {
      int first = i;
      if (!list.sentenceStart(first)) {
        continue;
      }
      String w = list.plain(first);
      if (LanguageCues.GENERIC_DETERMINERS.contains(w)) {
        return true;
      }
      boolean pluralNoun =
          w.length() > 3
              && w.endsWith("s")
              && !w.endsWith("ss")
              && !w.endsWith("'s")
              && !list.allCaps(first)
              && !LanguageCues.NOT_VERBS.contains(w)
              && !names.contains(list.folded(first))
              && !names.contains(w);
      if (pluralNoun && LanguageCues.VERB_AFTER_SUBJECT.contains(list.plain(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A plain verb form followed by its object: "Review the design", "Fix your alarms". */
  private static boolean looksImperative(Words list, int at) {
    if (at + 2 >= list.size() || list.sentenceStart(at + 1)) {
      return false;
    }
    int word = at;
    String first = list.plain(word);
    if (list.allCaps(word) || LanguageCues.NOT_VERBS.contains(first)) {
      return false;
    }
    for (int i = 0; i < first.length(); i++) {
      if (!Character.isLetter(first.charAt(i))) {
        return false;
      }
    }
    return !first.endsWith("s")
        && !first.endsWith("ed")
        && !first.endsWith("ing")
        && !first.endsWith("ly")
        && LanguageCues.OBJECT_AFTER_VERB.contains(list.plain(at + 1));
  }

  private static boolean isPerson(String folded) {
    return LanguageCues.STORY_SUBJECTS.contains(folded);
  }

  /** Advice: a sentence that opens with an imperative, or "When X, do Y". */
  private static boolean startsWithImperative(Words words) {
    Words list = words;
    for (int i = 0; i < list.size(); i++) {
      int word = i;
      if (!list.sentenceStart(word)) {
        continue;
      }
      if (list.capitalized(word)
          && (LanguageCues.IMPERATIVE.startsWithAt(list, i) || looksImperative(list, i))) {
        return true;
      }
      if (LanguageCues.CONDITION_START.startsWithAt(list, i)) {
        for (int j = i + 1; j < list.size() && !list.sentenceStart(j); j++) {
          if (list.afterComma(j)) {
            if (LanguageCues.IMPERATIVE.startsWithAt(list, j)) {
              return true;
            }
            break;
          }
        }
      }
    }
    return false;
  }

  /** Shorthand words, "e.g."/"i.e." (two one-letter words) and lone capitals such as "Q". */
  private static int shorthand(Words words) {
    Words list = words;
    int n = 0;
    for (int i = 0; i < list.size(); i++) {
      int word = i;
      String w = list.plain(word);
      if (LanguageCues.SHORTHAND.contains(w)) {
        n++;
      } else if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
        String next = i + 1 < list.size() ? list.plain(i + 1) : "";
        if ((w.equals("e") && next.equals("g")) || (w.equals("i") && next.equals("e"))) {
          n++;
          i++;
        } else if (list.capitalized(word) && !w.equals("a") && !w.equals("i")) {
          n++;
        }
      }
    }
    return n;
  }

  /** The running log-odds and the label of the largest penalty. */
  private static final class Tally {
    double sum;
    String worst;
    double worstValue;
    StringBuilder trace;

    void add(String label, double value) {
      sum += value;
      if (trace != null && value != 0.0) {
        trace.append(String.format(Locale.ROOT, " %s%+.2f", label.isEmpty() ? "" : label, value));
      }
      if (value < worstValue && !label.isEmpty()) {
        worstValue = value;
        worst = label;
      }
    }
  }
}
