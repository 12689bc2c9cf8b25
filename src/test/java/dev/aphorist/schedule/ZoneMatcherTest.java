package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneMatcherTest {

  private final ZoneMatcher matcher = new ZoneMatcher();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Berlin, Europe/Berlin",
    "berlin, Europe/Berlin",
    "new york, America/New_York",
    "New-York, America/New_York",
    "Europe/Berln, Europe/Berlin",
    "Berln, Europe/Berlin",
    "Kolkatta, Asia/Kolkata",
    "Tokyo, Asia/Tokyo",
    "sao paulo, America/Sao_Paulo",
    "Los Angeles, America/Los_Angeles",
  })
  void bestMatch(String query, String expected) {
    assertThat(matcher.closest(query, 5)).first().isEqualTo(ZoneId.of(expected));
  }

  @Test
  void exactIdsInAnyCase() {
    assertThat(matcher.exact("europe/berlin")).contains(ZoneId.of("Europe/Berlin"));
    assertThat(matcher.exact("UTC")).contains(ZoneId.of("UTC"));
    assertThat(matcher.exact("Berlin")).isEmpty();
    assertThat(matcher.resolve(" Asia/Tokyo ")).isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @Test
  void prefixesListSeveralZones() {
    // Prefix matches rank before typo matches.
    assertThat(matcher.closest("America/Ind", 8))
        .hasSize(8)
        .extracting(ZoneId::getId)
        .allMatch(id -> id.startsWith("America/Ind"));
  }

  @Test
  void unknownZoneNamesClosestMatches() {
    assertThatThrownBy(() -> matcher.resolve("Berlin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown time zone 'Berlin': did you mean Europe/Berlin?");
    assertThatThrownBy(() -> matcher.resolve("xqzzyv"))
        .hasMessageContaining("unknown time zone 'xqzzyv'")
        .hasMessageContaining("Europe/Berlin");
  }

  @Test
  void emptyQueryOffersCommonZonesAndLimitIsKept() {
    assertThat(matcher.closest("", 3))
        .extracting(ZoneId::getId)
        .containsExactly("UTC", "Europe/London", "Europe/Berlin");
    assertThat(matcher.closest("a", 25)).hasSize(25);
  }

  @Test
  void legacyAliasesAreNotSuggested() {
    assertThat(matcher.closest("Eastern", 25))
        .extracting(ZoneId::getId)
        .noneMatch(id -> id.startsWith("US/"));
  }

  @Test
  void editDistanceCountsASwapOnce() {
    assertThat(ZoneMatcher.editDistance("berlin", "brelin")).isEqualTo(1);
    assertThat(ZoneMatcher.editDistance("berlin", "berln")).isEqualTo(1);
    assertThat(ZoneMatcher.editDistance("", "abc")).isEqualTo(3);
  }
}
