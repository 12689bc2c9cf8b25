package dev.aphorist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's memory as Linux reports it in /proc/PID/status: resident set size now (VmRSS) and its
 * peak (VmHWM), in kibibytes.
 */
record ProcStatus(long vmRssKib, long vmHwmKib) {

  static ProcStatus of(long pid) throws IOException {
    return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
  }

  static ProcStatus parse(String status) {
    return new ProcStatus(field(status, "VmRSS"), field(status, "VmHWM"));
  }

  private static long field(String status, String name) {
    for (String line : status.split("\n")) {
      if (line.startsWith(name + ":")) {
        String value = line.substring(name.length() + 1).strip();
        if (!value.endsWith(" kB")) {
          throw new IllegalArgumentException("unexpected unit in /proc status line: " + line);
        }
        return Long.parseLong(value.substring(0, value.length() - 3).strip());
      }
    }
    throw new IllegalArgumentException("no " + name + " in /proc status");
  }

  /** User plus system CPU time of the process, from /proc/PID/stat, in milliseconds. */
  static long cpuMillis(long pid) throws IOException {
    return cpuMillisFromStat(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
  }

  /**
   * utime and stime are fields 14 and 15 of /proc/PID/stat, in clock ticks (USER_HZ, 100 on Linux).
   * The command name (field 2) may hold spaces, so fields are counted after its ')'.
   */
  static long cpuMillisFromStat(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
    // fields[0] is field 3 (state), so field n is fields[n - 3].
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 1000 / TICKS_PER_SECOND;
  }

  private static final long TICKS_PER_SECOND = 100;

  double rssMib() {
    return vmRssKib / 1024.0;
  }

  double hwmMib() {
    return vmHwmKib / 1024.0;
  }
}
