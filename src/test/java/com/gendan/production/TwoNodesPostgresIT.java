package com.gendan.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.GendanApplication;
import com.gendan.TestSmtp;
import com.gendan.identity.DemoUser;
import com.gendan.mail.MailOutbox;
import com.gendan.mail.OutboxMessage;
import com.gendan.mail.ReceivedMails;
import com.gendan.order.OrderFlowTest;
import com.gendan.order.SalesOrderProcess;
import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import com.gendan.schedule.IsolatedLoop;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes on one PostgreSQL database, as in a cluster: this test's application (node A) and a
 * second one started beside it (node B), each with its own web server, engine and SMTP settings,
 * both sending to the one GreenMail. Both outbox pollers run every 100 ms; both due-date watches
 * run when the test says. Every mail arrives once, and an order that will miss its due date has one
 * exception and one escalation.
 */
@PostgresFlowTest
class TwoNodesPostgresIT extends OrderFlowTest {

  private static final String DATABASE = "gendan_it_two_nodes";
  private static final String POLL_INTERVAL = "PT0.1S";
  private static final String RECIPIENT = "cluster@gendan.local";

  private static ConfigurableApplicationContext nodeB;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, DATABASE);
    registry.add("gendan.mail.poll-interval", () -> POLL_INTERVAL);
  }

  @Autowired DueDateWatch dueDateWatch;
  @Autowired MailOutbox mailOutbox;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired MeterRegistry meterRegistry;

  /** Node B joins once node A has set the database up, as a second node does. */
  @BeforeEach
  void startNodeB() {
    if (nodeB == null) {
      nodeB =
          new SpringApplicationBuilder(GendanApplication.class)
              .profiles("postgres")
              .run(
                  "--server.port=0",
                  "--spring.datasource.url=" + FreshPostgresDatabase.url(DATABASE),
                  "--spring.datasource.username=" + FreshPostgresDatabase.USER,
                  "--spring.datasource.password=" + FreshPostgresDatabase.PASSWORD,
                  "--spring.mail.host=127.0.0.1",
                  "--spring.mail.port=" + TestSmtp.PORT,
                  "--camunda.bpm.admin-user.password=Pg#Gendan-2026",
                  // One JVM holds both engines: each needs a name of its own.
                  "--camunda.bpm.generate-unique-process-engine-name=true",
                  "--camunda.bpm.generate-unique-process-application-name=true",
                  "--camunda.bpm.job-execution.enabled=false",
                  "--gendan.demo-data.enabled=false",
                  "--gendan.mail.poll-interval=" + POLL_INTERVAL);
    }
  }

  @AfterAll
  static void stopNodeB() {
    if (nodeB != null) {
      nodeB.close();
      nodeB = null;
    }
  }

  @Test
  void everyMailArrivesOnceThoughBothNodesSendIt() throws Exception {
    String run = "two-nodes-" + System.nanoTime();
    int perNode = 25;
    // Each node's prompt sender takes its own mails at once; both pollers find them all due.
    enqueue(mailOutbox, transactionManager, run + "-a-", perNode);
    enqueue(
        nodeB.getBean(MailOutbox.class),
        nodeB.getBean(PlatformTransactionManager.class),
        run + "-b-",
        perNode);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from mail_outbox where event_key like ? and status = 'SENT'",
                    Integer.class,
                    run + "%"),
            sent -> sent == 2 * perNode);

    Map<String, Long> received =
        ReceivedMails.to(greenMail, RECIPIENT).stream()
            .collect(Collectors.groupingBy(TwoNodesPostgresIT::subject, Collectors.counting()));
    assertThat(received).as("mails received, by subject").hasSize(2 * perNode);
    assertThat(received.values()).as("copies of each mail").containsOnly(1L);
  }

  @Test
  void aMissedDueDateIsRaisedOnceThoughBothNodesWatch() throws Exception {
    agreePrice("35");
    DueDateWatch watchB = nodeB.getBean(DueDateWatch.class);

    // Node B reads the order as late; node A escalates it before node B gets to it.
    Planned first = lateOrder();
    List<DueDateWatch.Late> readByB = fallenBehind(watchB::late);
    assertThat(readByB).extracting(DueDateWatch.Late::orderId).contains(first.orderId());
    assertThat(fallenBehind(dueDateWatch::watch)).isEqualTo(1);
    assertThat(watchB.escalate(readByB)).as("escalated by node B").isZero();
    assertEscalatedOnce(first);

    // Both nodes watch at the same moment.
    Planned second = lateOrder();
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(BEHIND)));
    try {
      Future<Integer> byA = nodes.submit(atOnce(together, dueDateWatch::watch));
      Future<Integer> byB = nodes.submit(atOnce(together, watchB::watch));
      assertThat(byA.get(60, TimeUnit.SECONDS) + byB.get(60, TimeUnit.SECONDS))
          .as("escalated by node A and node B together")
          .isEqualTo(1);
    } finally {
      ClockUtil.reset();
      nodes.shutdownNow();
    }
    assertEscalatedOnce(second);

    assertThat(failures(meterRegistry)).as("failed orders on node A").isZero();
    assertThat(failures(nodeB.getBean(MeterRegistry.class))).as("failed orders on node B").isZero();
  }

  /**
   * A C001 order wanted in 10 days, planned to be finished in 5: on time when production confirms
   * it (a plan late from the start is escalated with its confirmation), late once production has
   * fallen {@link #BEHIND}.
   */
  private Planned lateOrder() {
    LocalDate due = LocalDate.now().plusDays(10);
    JsonNode order =
        register(DemoUser.ASSISTANT_LIU, "email", customerId, PRODUCT, "100", "35", due, STANDING);
    String instanceId = plan(order, due.minusDays(5));
    return new Planned(order.get("id").asLong(), instanceId);
  }

  /** How far the engine clock moves for the watch: the goods are still not finished then. */
  private static final Duration BEHIND = Duration.ofDays(10);

  /** What {@code watch} answers when production has fallen {@link #BEHIND}. */
  private static <T> T fallenBehind(Callable<T> watch) throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(BEHIND)));
    try {
      return watch.call();
    } finally {
      ClockUtil.reset();
    }
  }

  private void assertEscalatedOnce(Planned order) {
    engine.runDueJobs(order.instanceId());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from order_exception where order_id = ?",
                Integer.class,
                order.orderId()))
        .as("exceptions of order " + order.orderId())
        .isEqualTo(1);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(order.instanceId())
                .taskDefinitionKey(SalesOrderProcess.Elements.DECIDE_EXCEPTION)
                .count())
        .as("top management's decisions on order " + order.orderId())
        .isEqualTo(1);
  }

  private static void enqueue(
      MailOutbox outbox, PlatformTransactionManager transactions, String keyPrefix, int count) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              for (int i = 0; i < count; i++) {
                outbox.enqueue(
                    OutboxMessage.of(
                        keyPrefix + i,
                        List.of(RECIPIENT),
                        "notification",
                        Map.of("title", "集群测试 " + keyPrefix + i, "paragraphs", List.of("只应收到一次"))));
              }
            });
  }

  private static <T> Callable<T> atOnce(CyclicBarrier barrier, Callable<T> work) {
    return () -> {
      barrier.await(30, TimeUnit.SECONDS);
      return work.call();
    };
  }

  private static double failures(MeterRegistry registry) {
    Counter counter = registry.find(IsolatedLoop.FAILURES).tag("loop", "dueDateWatch").counter();
    return counter == null ? 0 : counter.count();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Planned(long orderId, String instanceId) {}
}
