package dev.aphorist.config;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Which Discord shards this process runs. Several processes split a bot by each taking a slice of
 * the same total: {@code --shards 0-3 --shard-total 8} and {@code --shards 4-7 --shard-total 8}.
 *
 * @param ids the shard ids this process runs, ascending; empty means all of them
 * @param total the total shard count; 0 means "as many as Discord recommends" (only with all ids)
 */
public record ShardSlice(List<Integer> ids, int total) {

  public static final ShardSlice ALL = new ShardSlice(List.of(), 0);

  public ShardSlice {
    ids = List.copyOf(ids);
    if (total < 0) {
      throw new IllegalArgumentException("the shard total must not be negative");
    }
    if (!ids.isEmpty() && total == 0) {
      throw new IllegalArgumentException("a slice of shards needs the shard total as well");
    }
    for (int id : ids) {
      if (id < 0 || id >= total) {
        throw new IllegalArgumentException(
            "shard " + id + " is outside 0.." + (total - 1) + " for a total of " + total);
      }
    }
  }

  /** True when this process runs every shard. */
  public boolean isAll() {
    return ids.isEmpty();
  }

  /**
   * Parses {@code all}, {@code 3}, {@code 0-3} or {@code 0,2,4-7}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static ShardSlice parse(String spec, int total) {
    String text = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty() || text.equals("all")) {
      return new ShardSlice(List.of(), total);
    }
    TreeSet<Integer> ids = new TreeSet<>();
    for (String part : text.split(",")) {
      String range = part.strip();
      int dash = range.indexOf('-');
      try {
        if (dash > 0) {
          int from = Integer.parseInt(range.substring(0, dash).strip());
          int to = Integer.parseInt(range.substring(dash + 1).strip());
          if (to < from) {
            throw new IllegalArgumentException("shard range " + range + " runs backwards");
          }
          for (int id = from; id <= to; id++) {
            ids.add(id);
          }
        } else {
          ids.add(Integer.parseInt(range));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("shards must look like 'all', '3', '0-3' or '0,2,4-7'");
      }
    }
    return new ShardSlice(List.copyOf(ids), total);
  }

  @Override
  public String toString() {
    if (isAll()) {
      return total == 0 ? "all shards" : "all " + total + " shards";
    }
    return "shards " + ids + " of " + total;
  }
}
