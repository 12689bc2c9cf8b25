package dev.aphorist.command.quote;

import dev.aphorist.command.Card;
import dev.aphorist.command.Text;
import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Quote;
import dev.aphorist.search.SearchHit;
import dev.aphorist.search.TextSegment;
import java.util.ArrayList;
import java.util.List;

/** How a quote looks in a reply: its text, its author, its source, its topics and its id. */
public final class QuoteCards {

  static final String UNKNOWN_AUTHOR = "Unknown author";

  private QuoteCards() {}

  /** A card for one quote, with an optional heading such as "Quote of the day". */
  public static Card card(Quote quote, String heading) {
    return card(quote, heading, Text.plain(quote.text()));
  }

  /** A card for a search hit: the matched words are marked in the text. */
  static Card card(SearchHit hit) {
    return card(hit.quote(), null, marked(hit));
  }

  private static Card card(Quote quote, String heading, Text body) {
    List<Card.Field> fields = new ArrayList<>();
    fields.add(new Card.Field("Source", source(quote), true));
    if (!quote.tags().isEmpty()) {
      fields.add(new Card.Field("Topics", Text.plain(String.join(" \u00b7 ", quote.tags())), true));
    }
    return new Card(
        heading,
        null,
        authorLine(quote.author()),
        profileUrl(quote.author()),
        body,
        fields,
        "Quote " + quote.id());
  }

  /** The quote text with its matched words in bold. */
  static Text marked(SearchHit hit) {
    Text.Builder text = Text.builder();
    for (TextSegment segment : hit.segments()) {
      if (segment.matched()) {
        text.bold(segment.text());
      } else {
        text.plain(segment.text());
      }
    }
    return text.build();
  }

  static Text source(Quote quote) {
    return Text.builder().link(quote.source().displayTitle(), quote.source().url()).build();
  }

  /** "Joe Magerramov (@joemag)", or "Unknown author". */
  static String authorLine(Author author) {
    if (author == null) {
      return UNKNOWN_AUTHOR;
    }
    return author.handle() == null ? author.name() : author.name() + " (" + author.atHandle() + ")";
  }

  /**
   * The author's profile: {@code user@host} handles are fediverse accounts, the others are X
   * handles (the corpus comes from X profiles and threads).
   */
  static String profileUrl(Author author) {
    if (author == null || author.handle() == null) {
      return null;
    }
    String handle = author.handle();
    int at = handle.indexOf('@');
    if (at > 0 && at < handle.length() - 1) {
      return "https://" + handle.substring(at + 1) + "/@" + handle.substring(0, at);
    }
    return handle.matches("[A-Za-z0-9_]{1,15}") ? "https://x.com/" + handle : null;
  }
}
