package com.gendan.bench.sql;

/**
 * Who ran a statement, by the name of the thread: a request (Tomcat), the job executor (its
 * acquisition and its workers), the bench itself (generation, the bare engine's clients) or
 * anything else (schedules, the mail outbox's prompt sender).
 */
public final class ThreadKinds {

  public static final String REQUESTS = "http requests";
  public static final String JOBS = "job executor";
  public static final String BENCH = "bench threads";
  public static final String OTHER = "other (schedules, mail)";

  private ThreadKinds() {}

  static String current() {
    return of(Thread.currentThread().getName());
  }

  static String of(String threadName) {
    if (threadName.startsWith("http-nio-")) {
      return REQUESTS;
    }
    if (threadName.startsWith("camundaTaskExecutor") || threadName.startsWith("JobExecutor")) {
      return JOBS;
    }
    if (threadName.startsWith("bench-") || threadName.equals("main")) {
      return BENCH;
    }
    return OTHER;
  }
}
