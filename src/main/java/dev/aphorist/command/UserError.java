package dev.aphorist.command;

/**
 * A request that cannot be served for a reason the user can fix or should know, such as an unknown
 * quote id. The router turns it into a short private message; it is not logged as a failure.
 */
public class UserError extends RuntimeException {

  public UserError(String message) {
    super(message, null, false, false);
  }
}
