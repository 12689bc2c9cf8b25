package dev.aphorist.discord;

import dev.aphorist.command.Reply;
import dev.aphorist.command.Text;
import dev.aphorist.command.quote.QuoteCards;
import dev.aphorist.corpus.Quote;
import dev.aphorist.schedule.PostOutcome;
import dev.aphorist.schedule.PriorPost;
import dev.aphorist.schedule.QuotePoster;
import dev.aphorist.search.QuoteLibrary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.TimeUtil;

/**
 * Posts the scheduled quote of the day with JDA. Every attempt of one delivery carries the same
 * nonce, and JDA sends it with {@code enforce_nonce}, so a retried request that Discord already
 * carried out returns the first message instead of a second one.
 */
public final class JdaQuotePoster implements QuotePoster {

  static final String HEADING = "Quote of the day";

  private static final Duration CONNECT_POLL = Duration.ofMillis(100);

  /** What the bot needs in a channel to post a quote card there. */
  static final List<Permission> NEEDED =
      List.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS);

  private final ShardManager shards;
  private final QuoteLibrary library;
  private final Duration timeout;

  public JdaQuotePoster(ShardManager shards, QuoteLibrary library, Duration timeout) {
    this.shards = shards;
    this.library = library;
    this.timeout = timeout;
  }

  @Override
  public PostOutcome post(long channelId, String quoteId, String nonce) {
    GuildMessageChannel channel = channel(channelId);
    if (channel == null) {
      return allShardsConnected()
          ? new PostOutcome.Permanent("the channel was deleted, or the bot was removed from it")
          : PostOutcome.Retryable.notPosted("not connected to Discord");
    }
    List<String> missing = missingPermissions(channel);
    if (!missing.isEmpty()) {
      return new PostOutcome.Permanent(
          "missing permission in #" + channel.getName() + ": " + String.join(", ", missing));
    }
    Quote quote = library.current().corpus().find(quoteId).orElse(null);
    if (quote == null) {
      return PostOutcome.Retryable.notPosted("quote " + quoteId + " is no longer in the corpus");
    }
    Reply reply =
        new Reply(
            Reply.Visibility.PUBLIC,
            Text.EMPTY,
            List.of(QuoteCards.card(quote, HEADING)),
            List.of(),
            false);
    CompletableFuture<Message> sent;
    try {
      sent = channel.sendMessage(MessageFactory.create(reply)).setNonce(nonce).submit();
    } catch (InsufficientPermissionException e) {
      return new PostOutcome.Permanent(
          "missing permission in #" + channel.getName() + ": " + e.getPermission().getName());
    }
    try {
      return new PostOutcome.Sent(sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS).getIdLong());
    } catch (TimeoutException e) {
      sent.cancel(true);
      return PostOutcome.Retryable.uncertain(
          "Discord did not answer within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sent.cancel(true);
      return PostOutcome.Retryable.uncertain("interrupted while posting");
    } catch (ExecutionException e) {
      return outcome(channel, e.getCause());
    }
  }

  private static PostOutcome outcome(GuildMessageChannel channel, Throwable failure) {
    if (failure instanceof InsufficientPermissionException denied) {
      return new PostOutcome.Permanent(
          "missing permission in #" + channel.getName() + ": " + denied.getPermission().getName());
    }
    if (failure instanceof ErrorResponseException error) {
      switch (error.getErrorResponse()) {
        case UNKNOWN_CHANNEL, UNKNOWN_GUILD:
          return new PostOutcome.Permanent("the channel was deleted");
        case MISSING_ACCESS:
          return new PostOutcome.Permanent("the bot can no longer see #" + channel.getName());
        case MISSING_PERMISSIONS:
          return new PostOutcome.Permanent("missing permission in #" + channel.getName());
        default:
          break;
      }
      if (error.isServerError()) {
        // A 5xx after JDA's own retries: the request may have been carried out.
        return PostOutcome.Retryable.uncertain("Discord answered " + error.getErrorCode());
      }
      return PostOutcome.Retryable.notPosted("Discord refused the post: " + error.getMeaning());
    }
    return PostOutcome.Retryable.uncertain("posting failed: " + failure);
  }

  /**
   * After the nonce window, looks at what the bot posted in the channel since the uncertain
   * attempt: one subscription per channel means any quote of the day of ours there is that post.
   */
  @Override
  public PriorPost findPrior(long channelId, String nonce, Instant since) {
    GuildMessageChannel channel = cached(channelId);
    if (channel == null || !channel.canTalk()) {
      return new PriorPost.Unknown();
    }
    try {
      long self = channel.getJDA().getSelfUser().getIdLong();
      String after = Long.toString(TimeUtil.getDiscordTimestamp(since.toEpochMilli() - 1));
      List<Message> messages =
          channel
              .getHistoryAfter(after, 100)
              .submit()
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .getRetrievedHistory();
      for (Message message : messages) {
        if (message.getAuthor().getIdLong() == self && isQuoteOfTheDay(message)) {
          return new PriorPost.Found(message.getIdLong());
        }
      }
      return messages.size() < 100 ? new PriorPost.NotFound() : new PriorPost.Unknown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PriorPost.Unknown();
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return new PriorPost.Unknown();
    }
  }

  private static boolean isQuoteOfTheDay(Message message) {
    for (MessageEmbed embed : message.getEmbeds()) {
      if (HEADING.equals(embed.getTitle())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The channel from JDA's cache. While shards are still connecting (at start-up, when the catch-up
   * posts are made), their guilds are not cached yet: wait for them rather than fail the post.
   */
  private GuildMessageChannel channel(long channelId) {
    long deadline = System.nanoTime() + timeout.toNanos();
    GuildMessageChannel channel = cached(channelId);
    while (channel == null && !allShardsConnected() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(CONNECT_POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      channel = cached(channelId);
    }
    return channel;
  }

  /** The channel if a shard of this process has it cached; null before login too. */
  private GuildMessageChannel cached(long channelId) {
    return shards.getShardCache() == null
        ? null
        : shards.getChannelById(GuildMessageChannel.class, channelId);
  }

  private boolean allShardsConnected() {
    List<JDA> running = shards.getShardCache() == null ? List.of() : shards.getShards();
    return !running.isEmpty()
        && shards.getShardsQueued() == 0
        && running.stream().allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED);
  }

  static List<String> missingPermissions(GuildMessageChannel channel) {
    Member self = channel.getGuild().getSelfMember();
    List<String> missing = new ArrayList<>();
    for (Permission permission : NEEDED) {
      if (!self.hasPermission(channel, permission)) {
        missing.add(permission.getName());
      }
    }
    return missing;
  }
}
