package com.gendan.bench.scale;

import com.gendan.bench.sql.RecordedStatement;
import java.util.List;

/**
 * How fast a list answered.
 *
 * @param samples the timed requests (1 for a list too slow to repeat)
 * @param statements the statements one request ran
 * @param slowest the slowest of them, or null
 * @param error why it could not be timed, or null
 */
public record ListTiming(
    ListRequest request,
    int samples,
    double p50Millis,
    double p95Millis,
    List<RecordedStatement> statements,
    RecordedStatement slowest,
    String error) {}
