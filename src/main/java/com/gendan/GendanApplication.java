package com.gendan;

import com.gendan.time.ClockConfiguration;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GendanApplication {

  public static void main(String[] args) {
    // Camunda's cron timers and history cleanup window follow the JVM zone; Gendan's own dates
    // follow the clock bean's zone (gendan.time-zone).
    if (System.getProperty("user.timezone", "").isBlank()) {
      TimeZone.setDefault(TimeZone.getTimeZone(ClockConfiguration.DEFAULT_ZONE));
    }
    SpringApplication.run(GendanApplication.class, args);
  }
}
