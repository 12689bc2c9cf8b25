package dev.aphorist.schedule;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds IANA time zones for what a person typed: exact ids in any letter case, and otherwise the
 * closest zones by city name ("Berlin" gives Europe/Berlin, "new york" America/New_York), prefix,
 * substring and small typos ("Europe/Berln"). Feeds the timezone autocomplete and the error message
 * for an unknown zone.
 */
public final class ZoneMatcher {

  /** Shown for an empty query: one common zone per continent or so. */
  private static final List<String> WELL_KNOWN =
      List.of(
          "UTC",
          "Europe/London",
          "Europe/Berlin",
          "America/New_York",
          "America/Chicago",
          "America/Los_Angeles",
          "America/Sao_Paulo",
          "Asia/Kolkata",
          "Asia/Tokyo",
          "Australia/Sydney");

  /** Every zone id by its lower-case spelling, for exact matches. */
  private final Map<String, String> exactIds = new TreeMap<>();

  /** The zones offered as suggestions: Area/City ids and UTC, no legacy aliases. */
  private final List<Candidate> candidates = new ArrayList<>();

  private record Candidate(String id, String normalizedId, String city) {}

  private record Scored(String id, int rank, int distance) {}

  public ZoneMatcher() {
    for (String id : ZoneId.getAvailableZoneIds()) {
      exactIds.put(id.toLowerCase(Locale.ROOT), id);
      if (isSuggestible(id)) {
        String normalized = normalize(id);
        String city = normalized.substring(normalized.lastIndexOf('/') + 1);
        candidates.add(new Candidate(id, normalized, city));
      }
    }
    candidates.sort(Comparator.comparing(Candidate::id));
  }

  private static boolean isSuggestible(String id) {
    if (id.equals("UTC")) {
      return true;
    }
    int slash = id.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String area = id.substring(0, slash);
    return !area.equals("Etc") && !area.equals("SystemV") && !area.equals("US") && !id.equals(area);
  }

  /** Lower case, spaces and dashes as underscores: "new york" and "New_York" compare equal. */
  private static String normalize(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
  }

  /** The zone whose id is exactly {@code text}, ignoring letter case. */
  public Optional<ZoneId> exact(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(exactIds.get(text.strip().toLowerCase(Locale.ROOT))).map(ZoneId::of);
  }

  /**
   * The zone named by {@code text}.
   *
   * @throws IllegalArgumentException for an unknown zone, naming the closest matches
   */
  public ZoneId resolve(String text) {
    Optional<ZoneId> exact = exact(text);
    if (exact.isPresent()) {
      return exact.get();
    }
    List<ZoneId> close = closest(text, 5);
    String shown = text == null ? "" : text.strip();
    if (close.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown time zone '" + shown + "': use an IANA zone id such as Europe/Berlin");
    }
    throw new IllegalArgumentException(
        "unknown time zone '"
            + shown
            + "': did you mean "
            + close.stream().map(ZoneId::getId).collect(Collectors.joining(", "))
            + "?");
  }

  /** Up to {@code limit} zones closest to {@code query}, best first. */
  public List<ZoneId> closest(String query, int limit) {
    if (query == null || query.isBlank()) {
      return WELL_KNOWN.stream().limit(limit).map(ZoneId::of).toList();
    }
    String q = normalize(query);
    List<Scored> scored = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Scored score = score(q, candidate);
      if (score != null) {
        scored.add(score);
      }
    }
    scored.sort(
        Comparator.comparingInt(Scored::rank)
            .thenComparingInt(Scored::distance)
            .thenComparing(Scored::id));
    return scored.stream().limit(limit).map(s -> ZoneId.of(s.id())).toList();
  }

  private static Scored score(String q, Candidate c) {
    if (c.normalizedId().equals(q)) {
      return new Scored(c.id(), 0, 0);
    }
    if (c.city().equals(q)) {
      return new Scored(c.id(), 1, 0);
    }
    if (c.city().startsWith(q) || c.normalizedId().startsWith(q)) {
      return new Scored(c.id(), 2, c.normalizedId().length() - q.length());
    }
    if (c.normalizedId().contains(q)) {
      return new Scored(c.id(), 3, c.normalizedId().length() - q.length());
    }
    // A typo: compare with the city alone, or with the whole id when the query has an area.
    String target = q.indexOf('/') >= 0 ? c.normalizedId() : c.city();
    int distance = editDistance(q, target);
    int allowed = Math.max(1, Math.min(q.length(), target.length()) / 3);
    if (distance <= allowed) {
      return new Scored(c.id(), 4, distance);
    }
    return null;
  }

  /** Optimal string alignment distance: edits, with a swap of neighbours counted once. */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
