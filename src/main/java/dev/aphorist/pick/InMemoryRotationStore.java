package dev.aphorist.pick;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rotation state in memory, for the console and tests: thread-safe, with an atomic {@link
 * #recordIfAbsent}, and lost when the process ends.
 */
public final class InMemoryRotationStore implements RotationStore {

  private final Map<Long, Channel> channels = new ConcurrentHashMap<>();

  /** One channel's picks; every access holds the channel's lock. */
  private static final class Channel {
    private final NavigableMap<LocalDate, DailyPick> picks = new TreeMap<>();
    private int cycle;
    private final Set<String> shownInCycle = new HashSet<>();
  }

  @Override
  public Optional<DailyPick> find(long channelId, LocalDate date) {
    Channel channel = channels.get(channelId);
    if (channel == null) {
      return Optional.empty();
    }
    synchronized (channel) {
      return Optional.ofNullable(channel.picks.get(date));
    }
  }

  @Override
  public RotationCycle currentCycle(long channelId) {
    Channel channel = channels.get(channelId);
    if (channel == null) {
      return RotationCycle.NONE;
    }
    synchronized (channel) {
      if (channel.picks.isEmpty()) {
        return RotationCycle.NONE;
      }
      return new RotationCycle(
          channel.cycle, channel.shownInCycle, channel.picks.lastEntry().getValue().quoteId());
    }
  }

  @Override
  public DailyPick recordIfAbsent(DailyPick pick) {
    Channel channel = channels.computeIfAbsent(pick.channelId(), id -> new Channel());
    synchronized (channel) {
      DailyPick existing = channel.picks.putIfAbsent(pick.date(), pick);
      if (existing != null) {
        return existing;
      }
      if (pick.cycle() > channel.cycle) {
        channel.cycle = pick.cycle();
        channel.shownInCycle.clear();
      }
      if (pick.cycle() == channel.cycle) {
        channel.shownInCycle.add(pick.quoteId());
      }
      return pick;
    }
  }
}
