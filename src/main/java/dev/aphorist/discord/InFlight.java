package dev.aphorist.discord;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts interactions being answered, so that a shutdown can stop taking new ones and wait for the
 * replies already under way before closing the connection.
 */
final class InFlight {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition drained = lock.newCondition();
  private int count;
  private boolean closing;

  /** Registers an interaction; false once closing has begun. */
  boolean enter() {
    lock.lock();
    try {
      if (closing) {
        return false;
      }
      count++;
      return true;
    } finally {
      lock.unlock();
    }
  }

  void leave() {
    lock.lock();
    try {
      count--;
      if (count <= 0) {
        drained.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Refuses new interactions and waits up to {@code timeout} for those under way; true if drained.
   */
  boolean closeAndAwait(Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      closing = true;
      long nanos = timeout.toNanos();
      while (count > 0) {
        if (nanos <= 0) {
          return false;
        }
        nanos = drained.awaitNanos(nanos);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  int count() {
    lock.lock();
    try {
      return count;
    } finally {
      lock.unlock();
    }
  }
}
