package com.gendan.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The one Clock bean: the department's zone unless configured, the engine's time. */
class ClockConfigurationTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(ClockConfiguration.class);

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void theClockIsInShanghaiUnlessAnotherZoneIsConfigured() {
    context.run(
        app ->
            assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai")));
    context
        .withPropertyValues("gendan.time-zone=Europe/Berlin")
        .run(
            app ->
                assertThat(app.getBean(Clock.class).getZone())
                    .isEqualTo(ZoneId.of("Europe/Berlin")));
  }

  @Test
  void theClockShowsTheEngineTime() {
    Instant fixed = Instant.parse("2026-12-31T15:59:59Z");
    ClockUtil.setCurrentTime(Date.from(fixed));

    context.run(app -> assertThat(app.getBean(Clock.class).instant()).isEqualTo(fixed));

    ClockUtil.reset();
    context.run(
        app ->
            assertThat(app.getBean(Clock.class).instant())
                .isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5)));
  }
}
