package dev.aphorist.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One scheduled post: the local date it belongs to, and the moment it is due.
 *
 * @param date the local date in the subscription's zone: the key of its delivery record
 * @param at when it is due, in the subscription's zone; on a spring-forward day whose post time
 *     does not exist, the first valid moment after the gap
 */
public record Slot(LocalDate date, ZonedDateTime at) {

  public Instant instant() {
    return at.toInstant();
  }
}
