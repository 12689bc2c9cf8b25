package dev.aphorist.console;

import dev.aphorist.command.Reply;
import dev.aphorist.command.Text;
import dev.aphorist.command.quote.QuoteCards;
import dev.aphorist.corpus.Quote;
import dev.aphorist.schedule.PostOutcome;
import dev.aphorist.schedule.QuotePoster;
import dev.aphorist.search.QuoteLibrary;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers scheduled quotes of the day to the console: subscribing a console channel shows the
 * quote in the terminal at its time, as Discord would show it in the channel.
 */
public final class ConsolePoster implements QuotePoster {

  private final ConsoleScreen screen;
  private final QuoteLibrary library;
  private final AtomicLong messageIds = new AtomicLong(1);

  public ConsolePoster(ConsoleScreen screen, QuoteLibrary library) {
    this.screen = screen;
    this.library = library;
  }

  @Override
  public PostOutcome post(long channelId, String quoteId, String nonce) {
    Quote quote = library.current().corpus().find(quoteId).orElse(null);
    if (quote == null) {
      return PostOutcome.Retryable.notPosted("quote " + quoteId + " is no longer in the corpus");
    }
    screen.post(
        channelId,
        new Reply(
            Reply.Visibility.PUBLIC,
            Text.EMPTY,
            List.of(QuoteCards.card(quote, "Quote of the day")),
            List.of(),
            false));
    return new PostOutcome.Sent(messageIds.getAndIncrement());
  }
}
