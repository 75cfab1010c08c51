package com.gendan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The machine's load average at a moment (Linux /proc/loadavg), with its processor count. */
public record MachineLoad(String at, String loadAverage, int processors) {

  public static MachineLoad now() {
    String load;
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      load = fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      load = "unknown";
    }
    return new MachineLoad(
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
        load,
        Runtime.getRuntime().availableProcessors());
  }

  @Override
  public String toString() {
    return at + ": load average " + loadAverage + " (1, 5, 15 min), nproc " + processors;
  }
}
