package com.businessbuilder.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used so far by the application (this JVM without the benchmark's own client threads) and by the
 * PostgreSQL server (its postmaster and every backend it started, ended ones included), in nanoseconds.
 */
final class CpuClock {

  /** Linux's USER_HZ: /proc reports CPU time in these ticks. */
  private static final long NANOS_PER_TICK = 10_000_000L;
  private static final List<String> CLIENT_THREADS = List.of("bench-", "HttpClient-");

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final long postmaster;

  CpuClock(long postgresBackendPid) {
    this.postmaster = parentOf(postgresBackendPid);
  }

  /** The machine's busy time counts every process on it, other people's too. */
  record Reading(long applicationNanos, long clientNanos, long postgresNanos, long machineBusyNanos) {
    Reading minus(Reading earlier) {
      return new Reading(applicationNanos - earlier.applicationNanos, clientNanos - earlier.clientNanos,
          postgresNanos - earlier.postgresNanos, machineBusyNanos - earlier.machineBusyNanos);
    }

    /** CPU time the machine spent on neither the application, PostgreSQL nor the benchmark's clients. */
    long othersNanos() {
      return Math.max(0, machineBusyNanos - applicationNanos - clientNanos - postgresNanos);
    }
  }

  Reading read() {
    long client = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && CLIENT_THREADS.stream().anyMatch(info.getThreadName()::startsWith)) {
        client += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return new Reading(os.getProcessCpuTime() - client, client, postgres(), machineBusy());
  }

  /** All CPUs' time in user, nice, system, irq, softirq and steal so far (/proc/stat), in nanoseconds. */
  private static long machineBusy() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(cpu[field]);
      }
      return busy * NANOS_PER_TICK;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read /proc/stat", e);
    }
  }

  /** The postmaster's own time and its reaped children's, plus the time of the children still running. */
  private long postgres() {
    long ticks = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .toList()) {
        long[] stat = stat(process);
        if (stat == null) {
          continue;
        }
        long pid = Long.parseLong(process.getFileName().toString());
        if (pid == postmaster) {
          ticks += stat[1] + stat[2] + stat[3] + stat[4];
        } else if (stat[0] == postmaster) {
          ticks += stat[1] + stat[2];
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read /proc", e);
    }
    return ticks * NANOS_PER_TICK;
  }

  private static long parentOf(long pid) {
    long[] stat = stat(Path.of("/proc", Long.toString(pid)));
    if (stat == null) {
      throw new IllegalStateException("No process " + pid);
    }
    return stat[0];
  }

  /** ppid, utime, stime, cutime, cstime of /proc/[pid]/stat, or null once the process is gone. */
  private static long[] stat(Path process) {
    String line;
    try {
      line = Files.readString(process.resolve("stat"));
    } catch (IOException gone) {
      return null;
    }
    // fields after the command name, which is in parentheses and may hold spaces: state ppid ... utime(14) ...
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
        Long.parseLong(fields[13]), Long.parseLong(fields[14])};
  }
}
