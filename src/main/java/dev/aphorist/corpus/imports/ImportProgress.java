package dev.aphorist.corpus.imports;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how an import is going. On a terminal: one line redrawn in place with a bar, the items
 * read, the rate and (when the size is known) the time left, at most every {@code 0.2 s}. Elsewhere
 * (a log, a pipe): a plain line every few seconds. Time comes from an injected ticker (nanoseconds)
 * so tests can drive it.
 */
public final class ImportProgress {

  private static final int BAR = 24;

  private final PrintWriter out;
  private final boolean terminal;
  private final LongSupplier nanos;
  private final long intervalNanos;
  private long start;
  private long lastShown;
  private long items;
  private long bytes;
  private long totalBytes = -1;
  private long totalItems = -1;
  private String doing = "read";
  private boolean drawn;

  /**
   * @param out where to write (standard error)
   * @param terminal true to redraw one line with {@code \r}, false for plain lines
   * @param nanos a ticker in nanoseconds ({@link System#nanoTime})
   * @param interval how often a plain line is written
   */
  public ImportProgress(PrintWriter out, boolean terminal, LongSupplier nanos, Duration interval) {
    this.out = out;
    this.terminal = terminal;
    this.nanos = nanos;
    this.intervalNanos = terminal ? Duration.ofMillis(200).toNanos() : interval.toNanos();
    this.start = nanos.getAsLong();
    this.lastShown = start;
  }

  /** Progress that shows nothing. */
  public static ImportProgress silent() {
    return new ImportProgress(null, false, System::nanoTime, Duration.ofDays(1));
  }

  /**
   * The bytes the import will read in all, when known. Reading starts now: the rate and time left
   * leave out what came before (hashing the file, reading the manifest).
   */
  public void total(long totalBytes) {
    this.totalBytes = totalBytes;
    if (items == 0) {
      start = nanos.getAsLong();
      lastShown = start;
    }
  }

  public void bytes(long bytesRead) {
    this.bytes = bytesRead;
  }

  /** One more item read. */
  public void item() {
    items++;
    maybeShow();
  }

  public long items() {
    return items;
  }

  /**
   * Reading is over and extraction begins: from now on the counts are items extracted out of {@code
   * total}, which gives the time left.
   */
  public void extracting(long total) {
    doing = "extracted";
    totalItems = total;
    totalBytes = -1;
    items = 0;
    drawn = false;
    start = nanos.getAsLong();
    lastShown = start;
  }

  /** {@code n} more items extracted. */
  public void extracted(long n) {
    items += n;
    maybeShow();
  }

  private void maybeShow() {
    if (out == null) {
      return;
    }
    long now = nanos.getAsLong();
    if (now - lastShown < intervalNanos) {
      return;
    }
    lastShown = now;
    show(now);
  }

  private void show(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = items / seconds;
    String eta = "";
    String percent = "";
    String bar = "";
    double done = -1;
    if (totalItems > 0) {
      done = Math.min(1.0, (double) items / totalItems);
    } else if (totalBytes > 0 && bytes > 0) {
      done = Math.min(1.0, (double) bytes / totalBytes);
    }
    if (done > 0) {
      percent = String.format(Locale.ROOT, " %3d%%", Math.round(done * 100));
      eta = ", ETA " + duration(seconds * (1 - done) / done);
      int filled = (int) Math.round(done * BAR);
      bar = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
    }
    String text =
        String.format(
            Locale.ROOT,
            "%s%s %,d items %s, %,.0f items/s%s",
            bar,
            percent,
            items,
            doing,
            rate,
            eta);
    if (terminal) {
      out.print("\r" + text.strip() + "   ");
      drawn = true;
    } else {
      out.println("import: " + text.strip());
    }
    out.flush();
  }

  /** The reading or extraction is done: shows the last counts and ends the redrawn line. */
  public void finish() {
    if (out == null) {
      return;
    }
    show(nanos.getAsLong());
    if (terminal && drawn) {
      out.println();
    }
    out.flush();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
