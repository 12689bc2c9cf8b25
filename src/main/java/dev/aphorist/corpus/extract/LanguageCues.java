package dev.aphorist.corpus.extract;

import java.util.Set;

/**
 * The words and phrases {@link QuotabilityScorer} looks for: general language cues of anecdotes,
 * announcements, link shares, thanks, politics, generalisations, advice and dependence on missing
 * context. They describe how people write, not any particular document.
 */
final class LanguageCues {

  static final Lexicon FIRST_PERSON =
      Lexicon.of("i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "im", "ive");

  /** First-person phrases that give an opinion rather than tell a story. */
  static final Lexicon OPINION =
      Lexicon.of(
          "i think",
          "i feel",
          "i believe",
          "i'm convinced",
          "i'm growing convinced",
          "i know",
          "i bet",
          "i'd argue",
          "i would argue",
          "i just assume",
          "i assume",
          "imo",
          "imho",
          "in my opinion",
          "in my experience",
          "i wouldn't",
          "i just wouldn't",
          "i find",
          "i like to think",
          "reminds me",
          "reminded me",
          "convinced me",
          "taught me",
          "i've learned",
          "i've found",
          "i've seen",
          "i've come to",
          "i dislike",
          "i love",
          "i see");

  /** Words that take back the confidence an aphorism needs. */
  static final Lexicon HEDGES =
      Lexicon.of(
          "not sure",
          "not really sure",
          "maybe",
          "perhaps",
          "i guess",
          "kind of",
          "sort of",
          "probably",
          "i wonder",
          "i suppose",
          "who knows");

  /** Words that raise the voice rather than make a point. */
  static final Lexicon INTENSIFIERS =
      Lexicon.of(
          "awesome",
          "amazing",
          "incredible",
          "incredibly",
          "super",
          "really",
          "so much",
          "totally",
          "literally",
          "wonderful",
          "fantastic",
          "cool",
          "crazy",
          "insane",
          "huge");

  /** Past forms that are never participles, so they tell a story wherever they stand. */
  static final Lexicon NARRATIVE_PAST =
      Lexicon.of(
          "was",
          "were",
          "wasn't",
          "weren't",
          "didn't",
          "hadn't",
          "went",
          "came",
          "saw",
          "became",
          "began",
          "ran",
          "grew",
          "knew",
          "used to",
          "ended up",
          "remember",
          "remembered",
          "once upon");

  static final Lexicon TIME =
      Lexicon.of(
          "today",
          "today's",
          "yesterday",
          "tonight",
          "tomorrow",
          "this week",
          "last week",
          "next week",
          "this morning",
          "last night",
          "this year",
          "last year",
          "this month",
          "recently",
          "recent",
          "ago",
          "the other day",
          "this weekend",
          "last weekend",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "anniversary",
          "just found out",
          "earlier",
          "weekend",
          "afternoon",
          "morning",
          "evening",
          "at first",
          "early on",
          "in the end",
          "and then");

  /** Spans of time: a story's clock, though also used in general statements. */
  static final Lexicon DURATION = Lexicon.of("year", "month", "week", "decade");

  /** Note-taking shorthand: the text is someone's notes, not a finished sentence. */
  static final Set<String> SHORTHAND =
      Set.of("vs", "btw", "ppl", "tbh", "fwiw", "etc", "ie", "eg", "w/", "w/o", "b/c");

  /** Openers of a condition after which advice follows: "When X, make Y." */
  static final Lexicon CONDITION_START =
      Lexicon.of("when", "if", "whenever", "unless", "once", "before", "and when", "and if");

  static final Lexicon PERSONAL_LIFE =
      Lexicon.of(
          "wife",
          "husband",
          "daughter",
          "son",
          "kid",
          "kids'",
          "child",
          "children",
          "dad",
          "mom",
          "mum",
          "mother",
          "father",
          "parent",
          "parenting",
          "family",
          "year old",
          "yo",
          "7yo",
          "4yo",
          "3yo",
          "birthday",
          "vacation",
          "holiday",
          "wedding",
          "dog",
          "cat",
          "dinner",
          "lunch",
          "breakfast",
          "beer",
          "pizza",
          "coffee",
          "shopping",
          "pink shorts",
          "car",
          "house",
          "cabinet",
          "cake",
          "band",
          "movie",
          "watching",
          "re-watching",
          "grandmaster",
          "chess",
          "podcast",
          "photo",
          "eye candy",
          "millennial",
          "mid-life",
          "girlfriend",
          "boyfriend",
          "baby");

  static final Lexicon ANNOUNCEMENT =
      Lexicon.of(
          "excited",
          "launch",
          "launched",
          "now available",
          "announce",
          "announcing",
          "announced",
          "introducing",
          "release",
          "released",
          "new feature",
          "is out",
          "check out",
          "learn more",
          "find out more",
          "you can now",
          "now support",
          "now supports",
          "pleased to",
          "this is big",
          "big",
          "available today",
          "sign up",
          "register",
          "join us",
          "webinar",
          "beta",
          "preview",
          "generally available",
          "ga");

  static final Lexicon SHARING =
      Lexicon.of(
          "blog",
          "blog post",
          "article",
          "post",
          "paper",
          "thread",
          "podcast",
          "episode",
          "video",
          "slides",
          "newsletter",
          "subscribe",
          "rss",
          "sponsor",
          "sponsors",
          "a few thoughts",
          "some thoughts",
          "my thoughts",
          "read more",
          "link",
          "via",
          "comment below",
          "watch",
          "replay",
          "on-demand",
          "session",
          "keynote",
          "recording",
          "builders library",
          "write-up",
          "writeup",
          "wrote about",
          "worth a read",
          "recommend reading");

  static final Lexicon THANKS =
      Lexicon.of(
          "thanks",
          "thank you",
          "thank",
          "congrats",
          "congratulations",
          "kudos",
          "grateful",
          "cheers",
          "shout out",
          "shoutout",
          "shout-out",
          "hats off",
          "well done",
          "proud of");

  static final Lexicon POLITICS =
      Lexicon.of(
          "donald trump",
          "president trump",
          "trump presidency",
          "trump administration",
          "biden",
          "obama",
          "president",
          "presidency",
          "election",
          "elections",
          "democrat",
          "democrats",
          "republican",
          "republicans",
          "congress",
          "senate",
          "government",
          "brexit",
          "parliament",
          "politics",
          "political",
          "vote",
          "voting",
          "liberal",
          "conservative",
          "make america great");

  /** Words a generalisation is made of: it speaks to anyone, about always, in superlatives. */
  static final Lexicon GENERIC =
      Lexicon.of(
          "you",
          "your",
          "you're",
          "you'll",
          "you've",
          "should",
          "never",
          "always",
          "every",
          "everyone",
          "nobody",
          "no one",
          "nothing",
          "the only",
          "one of the most",
          "the most",
          "the best",
          "the biggest",
          "the hardest",
          "most",
          "often",
          "mistake",
          "truism",
          "rather than",
          "instead of",
          "whenever",
          "unless",
          "the right",
          "the wrong",
          "means",
          "matter",
          "few",
          "all of",
          "than");

  /** Irregular past forms that tell a story when a person is their subject ("we made"). */
  static final Lexicon IRREGULAR_PAST =
      Lexicon.of(
          "made", "did", "had", "saw", "got", "went", "said", "told", "took", "gave", "came",
          "left", "found", "thought", "knew", "wrote", "ran", "sent", "built", "bought", "brought",
          "felt", "kept", "lost", "met", "paid", "spent", "won", "was", "were", "became", "began",
          "heard", "learnt", "grew");

  /** Who tells a story: a past verb right after one of these is narrative ("we decided"). */
  static final Set<String> STORY_SUBJECTS = Set.of("i", "we", "they", "he", "she", "team");

  /** Verbs that open advice: "Make it boring.", "Don't underestimate...". */
  static final Lexicon IMPERATIVE =
      Lexicon.of(
          "make",
          "don't",
          "do",
          "never",
          "always",
          "write",
          "keep",
          "build",
          "use",
          "avoid",
          "start",
          "stop",
          "ship",
          "test",
          "measure",
          "remember",
          "think",
          "choose",
          "prefer",
          "optimize",
          "automate",
          "design",
          "delete",
          "simplify",
          "focus",
          "ask",
          "learn",
          "read",
          "be",
          "treat",
          "assume",
          "trust",
          "favor",
          "favour",
          "know",
          "want");

  /** Openers that point back at something the reader of a lone quote has not seen. */
  static final Lexicon CONNECTIVE_START =
      Lexicon.of("and", "but", "so", "or", "which", "then", "also", "plus", "hence", "thus");

  static final Lexicon DEICTIC_START =
      Lexicon.of(
          "this",
          "that",
          "these",
          "those",
          "it",
          "they",
          "he",
          "she",
          "his",
          "her",
          "their",
          "them",
          "here",
          "there's this",
          "that's",
          "it's",
          "why",
          "same");

  static final Lexicon DEICTIC_REFERENCE =
      Lexicon.of(
          "these",
          "those",
          "this thread",
          "this article",
          "this post",
          "this one",
          "like this",
          "see above",
          "above",
          "below",
          "this feature",
          "this launch",
          "this release",
          "this new",
          "here",
          "this is",
          "this was",
          "this will",
          "this would",
          "that is",
          "that was");

  static final Lexicon THIRD_PERSON = Lexicon.of("he", "him", "his", "she", "her", "hers");

  /** "at Amazon", "in Google": a name after these places the text in one organisation. */
  static final Set<String> ORGANISATION_PREPOSITIONS =
      Set.of("at", "in", "for", "of", "inside", "within", "joined", "left");

  static final Set<String> OBJECT_START =
      Set.of(
          "a", "an", "the", "some", "my", "our", "their", "his", "her", "its", "this", "these",
          "those");

  /** After these a past participle is passive or perfect, not a story: "is designed the way". */
  static final Set<String> AUXILIARY =
      Set.of(
          "is", "are", "be", "been", "being", "was", "were", "has", "have", "had", "get", "gets",
          "got", "it's", "that's", "i've", "we've", "you've", "they've");

  /**
   * Openers of a subject that stands for any member of a kind: "A review that...", "Every team".
   */
  static final Set<String> GENERIC_DETERMINERS =
      Set.of(
          "a",
          "an",
          "every",
          "each",
          "any",
          "no",
          "most",
          "good",
          "bad",
          "great",
          "small",
          "large",
          "big",
          "simple",
          "complex",
          "new",
          "old",
          "reliable",
          "distributed");

  /** Verbs and adverbs that follow a plural subject: "Caches are", "Systems never fail". */
  static final Set<String> VERB_AFTER_SUBJECT =
      Set.of(
          "are", "aren't", "can", "can't", "will", "won't", "should", "must", "never", "always",
          "rarely", "often", "usually", "get", "need", "make", "fail", "break", "grow", "have",
          "don't", "do", "tend", "become", "take", "cost", "matter", "win", "lose");

  /**
   * Words that follow an imperative verb and rarely follow a sentence's subject: "Review the
   * design", "Ship it", "Fix your alarms".
   */
  static final Set<String> OBJECT_AFTER_VERB =
      Set.of(
          "the",
          "a",
          "an",
          "it",
          "your",
          "every",
          "each",
          "more",
          "less",
          "fewer",
          "what",
          "how",
          "them",
          "something",
          "nothing",
          "things",
          "people",
          "small",
          "boring");

  /** Words that start sentences without being verbs. */
  static final Set<String> NOT_VERBS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "it", "its", "i", "we", "you", "they",
          "he", "she", "my", "our", "your", "their", "his", "her", "in", "on", "at", "for", "of",
          "to", "with", "by", "from", "as", "and", "but", "or", "so", "if", "when", "while",
          "because", "after", "before", "since", "all", "some", "most", "many", "one", "no",
          "every", "each", "what", "how", "why", "who", "there", "here", "yes", "not", "did",
          "does", "is", "are", "was", "were", "can", "could", "should", "would", "will", "has",
          "have", "had", "may", "might", "must", "maybe", "just", "also", "then", "now", "even",
          "still", "only", "both", "either", "neither", "such", "much", "very", "too", "than");

  private LanguageCues() {}
}
