package com.gendan.bench;

import com.gendan.bench.lifecycle.LifecycleResult;
import com.gendan.bench.scale.ListTiming;
import com.gendan.bench.scale.ScaleCensus;
import com.gendan.bench.scale.ScaleGenerator;
import com.gendan.bench.sql.SqlSnapshot;
import com.gendan.bench.startup.StartupTimer.StartupRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured, filled in phase by phase, for the report. */
public final class BenchResults {

  MachineLoad loadAtStart;
  MachineLoad loadAtEnd;
  Duration took;
  String databaseVersion;
  final List<StartupRun> startups = new ArrayList<>();
  final List<LifecycleResult> bare = new ArrayList<>();
  final List<LifecycleResult> http = new ArrayList<>();

  /** Process → the same-shape check ({@link com.gendan.bench.lifecycle.ShapeCheck}). */
  final Map<String, String> shapeChecks = new LinkedHashMap<>();

  ScaleCensus beforeGeneration;
  ScaleCensus afterGeneration;
  ScaleGenerator.Outcome generation;
  SqlSnapshot generationSql;
  Duration jobBacklogDrained;
  ListTiming controlEmpty;
  ListTiming controlScaled;
  final List<ListTiming> listsEmpty = new ArrayList<>();
  final List<ListTiming> listsScaled = new ArrayList<>();

  /** List name → the plan of its slowest statement at scale. */
  final Map<String, List<String>> plans = new LinkedHashMap<>();

  final List<String> errors = new ArrayList<>();

  public MachineLoad loadAtStart() {
    return loadAtStart;
  }

  public MachineLoad loadAtEnd() {
    return loadAtEnd;
  }

  public Duration took() {
    return took;
  }

  public String databaseVersion() {
    return databaseVersion;
  }

  public List<StartupRun> startups() {
    return startups;
  }

  public List<LifecycleResult> bare() {
    return bare;
  }

  public List<LifecycleResult> http() {
    return http;
  }

  public Map<String, String> shapeChecks() {
    return shapeChecks;
  }

  public ScaleCensus beforeGeneration() {
    return beforeGeneration;
  }

  public ScaleCensus afterGeneration() {
    return afterGeneration;
  }

  public ScaleGenerator.Outcome generation() {
    return generation;
  }

  public SqlSnapshot generationSql() {
    return generationSql;
  }

  public Duration jobBacklogDrained() {
    return jobBacklogDrained;
  }

  public ListTiming controlEmpty() {
    return controlEmpty;
  }

  public ListTiming controlScaled() {
    return controlScaled;
  }

  public List<ListTiming> listsEmpty() {
    return listsEmpty;
  }

  public List<ListTiming> listsScaled() {
    return listsScaled;
  }

  public Map<String, List<String>> plans() {
    return plans;
  }

  public List<String> errors() {
    return errors;
  }
}
