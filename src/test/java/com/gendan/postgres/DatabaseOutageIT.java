package com.gendan.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import com.gendan.quote.QuoteApprovalProcess;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * PostgreSQL goes away in the middle of a quote's walk, while the job executor renders a signed
 * quote and the outbox has just handed a mail to the mail server, and comes back: meanwhile every
 * request fails fast with a 503 and a JSON body; afterwards the application answers again by
 * itself, nothing done before the outage is lost, a refused request succeeds when repeated, every
 * mail arrives exactly once and no job is left locked or failed.
 *
 * <p>The application reaches the server through a {@link CuttableTcpProxy}, so only this test's
 * connections are cut. The two steps caught by the outage are held at a gate by spies that call the
 * real beans: the mail server accepting a mail (before the outbox records it as sent) and the
 * signed quote's rendering (a job whose transaction the outage breaks).
 */
@PostgresFlowTest
class DatabaseOutageIT extends ProcessFlowTest {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageIT.class);
  private static final CuttableTcpProxy DATABASE =
      CuttableTcpProxy.to(FreshPostgresDatabase.HOST, FreshPostgresDatabase.PORT);

  /** How long a request waits for a database connection before it is refused. */
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);

  /** How soon after the outage the application answers again and the outbox has caught up. */
  private static final Duration BACK_AGAIN = Duration.ofSeconds(30);

  /**
   * How soon a job the outage broke off runs again: once its lock expires (the production lock time
   * of application.yaml, one minute) and the job executor next looks for jobs.
   */
  private static final Duration TAKEN_UP_AGAIN = Duration.ofSeconds(90);

  private static final String SALES_MANAGER_MAIL = "sunli@gendan.local";
  private static final String CUSTOMER_CONTACT = "zhangwei@hengda-example.cn";

  @DynamicPropertySource
  static void databaseThroughTheProxy(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.registerThrough(registry, "gendan_it_outage", DATABASE.port());
    registry.add("spring.datasource.hikari.connection-timeout", CONNECTION_TIMEOUT::toMillis);
    // The job executor works in the background like in production, so it has to survive too.
    registry.add("camunda.bpm.job-execution.enabled", () -> true);
    // Looks for due jobs every 2 s even when idle, so what the test waits for is the lock.
    registry.add("camunda.bpm.job-execution.max-wait", () -> 2000);
    registry.add("gendan.mail.poll-interval", () -> "PT1S");
  }

  /** After a failure too, the application closes on a database it can reach. */
  @AfterEach
  void restoreDatabase() {
    DATABASE.restore();
  }

  @AfterAll
  static void closeProxy() {
    DATABASE.close();
  }

  @MockitoSpyBean JavaMailSender mailServer;

  @MockitoSpyBean(name = QuoteApprovalProcess.Beans.GENERATE_SIGNED_QUOTE)
  JavaDelegate signedQuoteRendering;

  private final Gate mailAccepted = new Gate();
  private final Gate rendering = new Gate();
  private final CompletableFuture<Throwable> heldRendering = new CompletableFuture<>();

  /** The spies call the real beans; an armed gate holds the first call that passes it. */
  @BeforeEach
  void gates() throws Exception {
    doAnswer(
            call -> {
              call.callRealMethod();
              mailAccepted.pass();
              return null;
            })
        .when(mailServer)
        .send(any(MimeMessage.class));
    doAnswer(
            call -> {
              boolean held = rendering.pass();
              try {
                call.callRealMethod();
                if (held) {
                  heldRendering.complete(null);
                }
                return null;
              } catch (Throwable failure) {
                if (held) {
                  heldRendering.complete(failure);
                }
                throw failure;
              }
            })
        .when(signedQuoteRendering)
        .execute(any(DelegateExecution.class));
  }

  @Test
  // The application closes after this test, before @AfterAll closes the proxy it talks through.
  @DirtiesContext
  void aQuoteWalkSurvivesTheDatabaseGoingAwayAndComingBack() throws Exception {
    int quotesBefore = quoteCount();
    JsonNode quoteA = register();
    String instanceA = quoteA.get("processInstanceId").asText();
    assertThat(ReceivedMails.awaitAbout(greenMail, SALES_MANAGER_MAIL, number(quoteA))).hasSize(1);
    assertThat(
            completeDraft(onlyTask(instanceA, QuoteApprovalProcess.Elements.DRAFT_QUOTE), "17.00"))
        .isEqualTo(204);
    Task signing = onlyTask(instanceA, QuoteApprovalProcess.Elements.SIGN_QUOTE);

    mailAccepted.arm();
    rendering.arm();
    JsonNode quoteB = register();
    mailAccepted.awaitArrival("the mail server accepting the inquiry notice of quote B");
    assertThat(sign(signing)).isEqualTo(204);
    rendering.awaitArrival("the job executor rendering the signed quote A");

    DATABASE.cut();
    mailAccepted.release();
    rendering.release();

    assertThat(heldRendering.get(BACK_AGAIN.toSeconds(), TimeUnit.SECONDS))
        .as("the rendering the outage broke")
        .isNotNull();
    long quoteIdA = quoteA.get("id").asLong();
    refusedQuickly(
        "read a quote", () -> web.get("/api/quotes/" + quoteIdA, DemoUser.ASSISTANT_LIU));
    refusedQuickly(
        "register an inquiry",
        () -> web.postJson("/api/quotes", DemoUser.ASSISTANT_LIU, inquiry()));
    refusedQuickly(
        "list tasks in the engine REST API",
        () -> web.get("/engine-rest/task?processInstanceId=" + instanceA, DemoUser.SALES_MANAGER));
    refusedQuickly("health", () -> web.get("/actuator/health"));

    DATABASE.restore();

    HttpResponse<String> readAgain =
        await("the application answering again")
            .atMost(BACK_AGAIN)
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> web.get("/api/quotes/" + quoteIdA, DemoUser.ASSISTANT_LIU),
                response -> response.statusCode() == 200);
    assertThat(engine.read(readAgain.body()).at("/current/signatures"))
        .as("the signature given before the outage")
        .singleElement()
        .satisfies(
            signature ->
                assertThat(signature.get("userId").asText()).isEqualTo(DemoUser.SALES_MANAGER));
    assertThat(web.get("/actuator/health").statusCode()).isEqualTo(200);
    onlyTask(quoteB.get("processInstanceId").asText(), QuoteApprovalProcess.Elements.DRAFT_QUOTE);
    JsonNode quoteC = register();
    assertThat(quoteCount())
        .as("quotes A, B and C, nothing of the refused attempt")
        .isEqualTo(quotesBefore + 3);

    await("quote A mailed and waiting for the customer's response")
        .atMost(TAKEN_UP_AGAIN)
        .until(
            () -> task(instanceA),
            task ->
                task != null
                    && task.getTaskDefinitionKey()
                        .equals(QuoteApprovalProcess.Elements.REGISTER_CUSTOMER_RESPONSE));
    await("every mail of the outbox accepted by the mail server")
        .atMost(BACK_AGAIN)
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from mail_outbox where status <> 'SENT'", Integer.class),
            n -> n == 0);
    for (JsonNode quote : List.of(quoteA, quoteB, quoteC)) {
      assertThat(ReceivedMails.about(greenMail, SALES_MANAGER_MAIL, number(quote)))
          .as("inquiry notice of " + number(quote))
          .hasSize(1);
    }
    List<MimeMessage> toCustomer = ReceivedMails.about(greenMail, CUSTOMER_CONTACT, number(quoteA));
    assertThat(toCustomer).as("the signed quote to the customer").hasSize(1);
    HttpResponse<byte[]> document =
        web.getBytes("/api/quotes/" + quoteIdA + "/document", DemoUser.ASSISTANT_LIU);
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(ReceivedMails.leaves(toCustomer.get(0)))
        .filteredOn(leaf -> leaf.is("application/pdf"))
        .singleElement()
        .satisfies(pdf -> assertThat(pdf.content()).isEqualTo(document.body()));

    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_ru_job where lock_owner_ is not null"
                    + " and lock_exp_time_ < current_timestamp",
                Integer.class))
        .as("jobs whose lock expired but which are still there")
        .isZero();
    assertThat(managementService.createJobQuery().messages().count())
        .as("async steps not run")
        .isZero();
    assertThat(managementService.createJobQuery().withException().count())
        .as("jobs that failed")
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class))
        .as("incidents")
        .isZero();
  }

  /** A request during the outage: a 503 with a JSON body, soon after the connection timeout. */
  private void refusedQuickly(String what, Supplier<HttpResponse<String>> request) {
    long started = System.nanoTime();
    HttpResponse<String> response = request.get();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    LOG.info(
        "During the outage, {} was answered {} in {} ms",
        what,
        response.statusCode(),
        took.toMillis());
    assertThat(took).as(what + " took").isLessThan(CONNECTION_TIMEOUT.multipliedBy(3));
    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(type -> assertThat(type).contains("json"));
    assertThat(engine.read(response.body()).isObject()).as(what).isTrue();
  }

  private int quoteCount() {
    return jdbc.queryForObject("select count(*) from quote", Integer.class);
  }

  private JsonNode register() {
    HttpResponse<String> response = web.postJson("/api/quotes", DemoUser.ASSISTANT_LIU, inquiry());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.read(response.body());
  }

  private String inquiry() {
    return """
        {"customerId": %d, "currency": "CNY",
         "lines": [{"productCode": "EC-R0603-103", "quantity": 100}]}"""
        .formatted(customerId);
  }

  private int completeDraft(Task draft, String unitPrice) {
    return engine
        .complete(
            draft.getId(),
            DemoUser.ASSISTANT_LIU,
            Map.of(
                QuoteApprovalProcess.Variables.UNIT_PRICE_PREFIX + 1,
                Double.parseDouble(unitPrice)))
        .statusCode();
  }

  private int sign(Task signing) {
    return engine
        .complete(
            signing.getId(),
            DemoUser.SALES_MANAGER,
            Map.of("signDecision", "approve", "signComment", "同意"))
        .statusCode();
  }

  private static String number(JsonNode quote) {
    return quote.get("quoteNumber").asText();
  }

  /** Once armed, holds the first thread that passes until the test releases it. */
  private static final class Gate {

    private static final Duration LONGEST_HOLD = Duration.ofMinutes(2);

    private volatile boolean armed;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    void arm() {
      armed = true;
    }

    /**
     * @return whether this thread was the one held
     */
    boolean pass() throws InterruptedException {
      if (!armed || !taken.compareAndSet(false, true)) {
        return false;
      }
      arrived.countDown();
      if (!released.await(LONGEST_HOLD.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the gate");
      }
      return true;
    }

    void awaitArrival(String what) throws InterruptedException {
      assertThat(arrived.await(BACK_AGAIN.toSeconds(), TimeUnit.SECONDS)).as(what).isTrue();
    }

    void release() {
      released.countDown();
    }
  }
}
