package com.gendan.bench.scale;

import com.gendan.WebClient;
import com.gendan.bench.sql.RecordedStatement;
import com.gendan.bench.sql.SqlCounter;
import com.gendan.bench.sql.ThreadKinds;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Times lists one request after the other, as one user clicking. Each list is first requested once
 * (its statements recorded), then the whole set up to 50 rounds more (at most 5 s a list) to warm
 * the stack up; then each list gets a few more warm-up requests and its measured ones, each
 * followed by one control request, so the control is timed under the same conditions as the lists
 * (its timings are pooled over the phase). Answers the median and the 95th percentile. A list whose
 * first request took longer than {@link #TOO_SLOW_TO_REPEAT} is not requested again: that one
 * timing is all it gets. Measuring a list stops after {@link #BUDGET} (with at least {@link
 * #MIN_SAMPLES} timings).
 */
public final class ListTimer {

  static final Duration TOO_SLOW_TO_REPEAT = Duration.ofSeconds(10);
  static final Duration BUDGET = Duration.ofSeconds(60);
  static final int MIN_SAMPLES = 5;
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(30);

  /**
   * Rounds over all lists to warm the stack up (JIT), each list for at most {@link
   * #WARM_UP_PER_LIST}.
   */
  private static final int WARM_UP_ROUNDS = 50;

  private static final Duration WARM_UP_PER_LIST = Duration.ofSeconds(5);

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final int warmUp;
  private final int measured;
  private final SqlCounter counter;

  public ListTimer(int port, int warmUp, int measured, SqlCounter counter) {
    this.baseUrl = "http://localhost:" + port;
    this.warmUp = warmUp;
    this.measured = measured;
    this.counter = counter;
  }

  /** The lists' timings and the control's, pooled over the phase. */
  public record Phase(List<ListTiming> lists, ListTiming control) {}

  /** A list's first request: its time and its statements. */
  private record First(double millis, List<RecordedStatement> statements, String error) {

    boolean tooSlowToRepeat() {
      return millis > TOO_SLOW_TO_REPEAT.toMillis();
    }
  }

  public Phase time(List<ListRequest> lists, ListRequest control, Consumer<String> progress) {
    Map<ListRequest, First> firsts = new LinkedHashMap<>();
    for (ListRequest list : lists) {
      First first = first(list);
      progress.accept(
          String.format(
              "  %s: first request %.0f ms, %d statements",
              list.name(), first.millis(), first.statements().size()));
      firsts.put(list, first);
    }
    Map<ListRequest, Double> warmUpMillis = new LinkedHashMap<>();
    lists.stream()
        .filter(list -> firsts.get(list).error() == null && !firsts.get(list).tooSlowToRepeat())
        .forEach(list -> warmUpMillis.put(list, firsts.get(list).millis()));
    for (int round = 1; round < WARM_UP_ROUNDS; round++) {
      warmUpMillis.replaceAll(
          (list, millis) ->
              millis > WARM_UP_PER_LIST.toMillis() ? millis : millis + timedQuietly(list));
      sendQuietly(control);
    }
    List<Double> controlMillis = new ArrayList<>();
    List<ListTiming> timings = new ArrayList<>();
    for (ListRequest list : lists) {
      First first = firsts.get(list);
      if (first.error() != null) {
        progress.accept("  " + list.name() + " failed: " + first.error());
      }
      timings.add(
          first.error() != null
              ? new ListTiming(list, 0, Double.NaN, Double.NaN, List.of(), null, first.error())
              : first.tooSlowToRepeat()
                  ? new ListTiming(
                      list,
                      1,
                      first.millis(),
                      first.millis(),
                      first.statements(),
                      slowest(first.statements()),
                      null)
                  : time(list, first.statements(), control, controlMillis));
    }
    controlMillis.sort(Comparator.naturalOrder());
    List<RecordedStatement> statements = counter.record(ThreadKinds.REQUESTS, () -> send(control));
    return new Phase(
        timings,
        new ListTiming(
            control,
            controlMillis.size(),
            percentile(controlMillis, 0.50),
            percentile(controlMillis, 0.95),
            statements,
            slowest(statements),
            null));
  }

  private First first(ListRequest list) {
    long began = System.nanoTime();
    try {
      List<RecordedStatement> statements = counter.record(ThreadKinds.REQUESTS, () -> send(list));
      return new First((System.nanoTime() - began) / 1e6, statements, null);
    } catch (RuntimeException e) {
      return new First(Double.NaN, List.of(), e.getMessage());
    }
  }

  private ListTiming time(
      ListRequest request,
      List<RecordedStatement> statements,
      ListRequest control,
      List<Double> controlMillis) {
    try {
      long began = System.nanoTime();
      for (int i = 0; i < warmUp && !spent(began, BUDGET.dividedBy(4)); i++) {
        send(request);
      }
      List<Double> millis = new ArrayList<>();
      began = System.nanoTime();
      for (int i = 0; i < measured && (i < MIN_SAMPLES || !spent(began, BUDGET)); i++) {
        millis.add(timed(request));
        controlMillis.add(timed(control));
      }
      millis.sort(Comparator.naturalOrder());
      return new ListTiming(
          request,
          millis.size(),
          percentile(millis, 0.50),
          percentile(millis, 0.95),
          statements,
          slowest(statements),
          null);
    } catch (RuntimeException e) {
      return new ListTiming(request, 0, Double.NaN, Double.NaN, statements, null, e.getMessage());
    }
  }

  private static boolean spent(long began, Duration budget) {
    return System.nanoTime() - began > budget.toNanos();
  }

  private double timed(ListRequest request) {
    long began = System.nanoTime();
    send(request);
    return (System.nanoTime() - began) / 1e6;
  }

  private static RecordedStatement slowest(List<RecordedStatement> statements) {
    return statements.stream()
        .max(Comparator.comparingLong(RecordedStatement::elapsedMillis))
        .orElse(null);
  }

  private double timedQuietly(ListRequest request) {
    long began = System.nanoTime();
    sendQuietly(request);
    return (System.nanoTime() - began) / 1e6;
  }

  private void sendQuietly(ListRequest request) {
    try {
      send(request);
    } catch (RuntimeException e) {
      // a list that fails is reported with its first request
    }
  }

  /** Nearest rank. */
  static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private void send(ListRequest request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", WebClient.basic(request.user()))
            .header(
                "Accept",
                request.hal()
                    ? "application/hal+json, application/json; q=0.5"
                    : "application/json");
    if (request.body() != null) {
      builder
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(request.body()));
    }
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            request.method()
                + " "
                + request.path()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
