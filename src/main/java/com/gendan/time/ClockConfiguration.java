package com.gendan.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} every Gendan class that needs the time or today's date takes. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

  /**
   * The sales department's zone: what "today" and "the end of the working day" mean, and the JVM's
   * zone when none is given (Camunda's cron timers follow that).
   */
  public static final String DEFAULT_ZONE = "Asia/Shanghai";

  @Bean
  Clock clock(@Value("${gendan.time-zone:" + DEFAULT_ZONE + "}") ZoneId zone) {
    return new EngineClock(zone);
  }
}
