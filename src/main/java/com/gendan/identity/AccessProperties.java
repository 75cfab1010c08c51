package com.gendan.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param processStarters for each process definition key, the role group ids whose members may
 *     start it (Tasklist's "Start process" and Gendan's API)
 */
@ConfigurationProperties("gendan.access")
public record AccessProperties(Map<String, List<String>> processStarters) {

  public AccessProperties {
    processStarters = processStarters == null ? Map.of() : Map.copyOf(processStarters);
  }
}
