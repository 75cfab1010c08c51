package com.gendan.bench.report;

/** A target of the benchmark and whether this run met it. */
public record Target(String name, boolean pass, String measured) {

  public String verdict() {
    return pass ? "PASS" : "FAIL";
  }
}
