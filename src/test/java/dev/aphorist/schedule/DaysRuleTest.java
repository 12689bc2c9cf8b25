package dev.aphorist.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DaysRuleTest {

  @Test
  void namedRules() {
    assertThat(DaysRule.parse("every day").days()).hasSize(7);
    assertThat(DaysRule.parse("Daily")).isEqualTo(DaysRule.EVERY_DAY);
    assertThat(DaysRule.parse("")).isEqualTo(DaysRule.EVERY_DAY);
    assertThat(DaysRule.parse(" Weekdays ").days())
        .containsExactlyInAnyOrder(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    assertThat(DaysRule.parse("weekends").days()).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
  }

  @Test
  void listsOfDaysAndPrefixes() {
    assertThat(DaysRule.parse("mon,wed,fri").days())
        .containsExactlyInAnyOrder(MONDAY, WEDNESDAY, FRIDAY);
    assertThat(DaysRule.parse("Tues, THURS , saturday").days())
        .containsExactlyInAnyOrder(TUESDAY, THURSDAY, SATURDAY);
  }

  @Test
  void rangesIncludingOnesThatWrapPastSunday() {
    assertThat(DaysRule.parse("mon-wed").days())
        .containsExactlyInAnyOrder(MONDAY, TUESDAY, WEDNESDAY);
    assertThat(DaysRule.parse("fri-mon").days())
        .containsExactlyInAnyOrder(FRIDAY, SATURDAY, SUNDAY, MONDAY);
  }

  @Test
  void canonicalTextReadsBack() {
    for (String text : new String[] {"every day", "weekdays", "weekends", "mon,wed,fri", "sun"}) {
      DaysRule rule = DaysRule.parse(text);
      assertThat(rule.toString()).isEqualTo(text);
      assertThat(DaysRule.parse(rule.toString())).isEqualTo(rule);
    }
    assertThat(DaysRule.parse("mon-fri").toString()).isEqualTo("weekdays");
    assertThat(DaysRule.parse("fri,mon").toString()).isEqualTo("mon,fri");
  }

  @Test
  void cronField() {
    assertThat(DaysRule.EVERY_DAY.cronDayOfWeekField()).isEqualTo("?");
    assertThat(DaysRule.parse("mon,wed,fri").cronDayOfWeekField()).isEqualTo("MON,WED,FRI");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mo", "funday", "mon,,fri", "mon-", "weekly", "mon;tue"})
  void badRulesSayWhatIsWrong(String text) {
    assertThatThrownBy(() -> DaysRule.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days '" + text.strip() + "'")
        .hasMessageContaining("mon,wed,fri");
  }
}
