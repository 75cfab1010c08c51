package com.gendan;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GendanApplication {

  /**
   * The sales department works on Shanghai time: Camunda's cron timers and history cleanup window
   * follow the JVM zone; Gendan's own dates follow the clock bean's zone (gendan.time-zone).
   */
  static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

  public static void main(String[] args) {
    if (System.getProperty("user.timezone", "").isBlank()) {
      TimeZone.setDefault(TimeZone.getTimeZone(DEFAULT_TIME_ZONE));
    }
    SpringApplication.run(GendanApplication.class, args);
  }
}
