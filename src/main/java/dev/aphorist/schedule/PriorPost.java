package dev.aphorist.schedule;

/** Whether Discord holds a message from an earlier attempt that may or may not have posted. */
public sealed interface PriorPost {

  /** The earlier attempt did post: this is its message. */
  record Found(long messageId) implements PriorPost {}

  /** The earlier attempt certainly did not post. */
  record NotFound() implements PriorPost {}

  /** The poster cannot tell. */
  record Unknown() implements PriorPost {}
}
