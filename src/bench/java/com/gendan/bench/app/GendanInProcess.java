package com.gendan.bench.app;

import com.gendan.GendanApplication;
import com.gendan.bench.BenchDatabase;
import com.gendan.bench.sql.SqlCounter;
import com.gendan.bench.walk.Lifecycles;
import com.gendan.identity.Role;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gendan running inside the bench's JVM, as {@code ./mvnw spring-boot:run} runs it (demo data, job
 * executor on), on a database of the bench's, a free port, with the bench's additions ({@link
 * BenchConfiguration}) and these settings:
 *
 * <ul>
 *   <li>only the application's own configuration: the test suite's overrides
 *       (src/test/resources/config, on the bench's classpath) are not read;
 *   <li>mail goes to a port nothing listens on: mails wait in the outbox and are retried, as when
 *       the mail server is down;
 *   <li>{@code sampleTracking}'s follow-up comes at once after delivery (instead of 3 days);
 *   <li>assistants may start the same-shape models.
 * </ul>
 */
public final class GendanInProcess implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private GendanInProcess(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static GendanInProcess start(BenchDatabase database, String name, SqlCounter counter) {
    SpringApplication application =
        new SpringApplication(GendanApplication.class, BenchConfiguration.class);
    application.setBannerMode(Banner.Mode.OFF);
    application.addInitializers(
        context ->
            context.getBeanFactory().registerSingleton(BenchConfiguration.SQL_COUNTER, counter));
    return new GendanInProcess(application.run(arguments(database, name)));
  }

  static String[] arguments(BenchDatabase database, String name) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.config.location=classpath:/",
                "--spring.datasource.url=" + database.url(name),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + deadPort(),
                "--camunda.bpm.job-execution.enabled=true"));
    for (String key : List.of(Lifecycles.SAMPLE_SHAPE_KEY, Lifecycles.ORDER_SHAPE_KEY)) {
      arguments.add(
          "--gendan.access.process-starters." + key + "=" + Role.SALES_ASSISTANT.groupId());
    }
    return arguments.toArray(String[]::new);
  }

  /** A port nothing listens on (it was free a moment ago): SMTP connections are refused. */
  public static int deadPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Rows of Camunda's authorization table now. */
  public long authorizationRows() {
    return count("select count(*) from ACT_RU_AUTHORIZATION");
  }

  /** A single number from the application's database, uncounted. */
  public long count(String sql) {
    Long value =
        SqlCounter.uncounted(() -> bean(JdbcTemplate.class).queryForObject(sql, Long.class));
    return value == null ? 0 : value;
  }

  /** Rows of a query, uncounted. */
  public List<Map<String, Object>> rows(String sql) {
    return SqlCounter.uncounted(() -> bean(JdbcTemplate.class).queryForList(sql));
  }

  /** Runs a statement (e.g. ANALYZE), uncounted. */
  public void execute(String sql) {
    SqlCounter.uncounted(() -> bean(JdbcTemplate.class).execute(sql));
  }

  @Override
  public void close() {
    context.close();
  }
}
