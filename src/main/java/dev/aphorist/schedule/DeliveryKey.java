package dev.aphorist.schedule;

import java.time.LocalDate;

/** The unique key of a delivery: one per subscription and local date. */
public record DeliveryKey(long subscriptionId, LocalDate localDate) {}
