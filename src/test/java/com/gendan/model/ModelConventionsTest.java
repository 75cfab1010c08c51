package com.gendan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.model.Violation.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every model in processes/ and forms/ follows the conventions of CONVENTIONS.md ("Models"). The
 * fixtures under model-conventions/ prove that each rule accepts a good model and fires on a bad
 * one: each folder in bad/ is named after the one kind of violation every file in it commits. A bad
 * fixture without a forms folder of its own refers to the good fixture's forms. The process
 * constants classes are checked against the project's models, and the rule itself against a
 * constants class below that disagrees with a model written by the test.
 */
class ModelConventionsTest {

  private static final Path FIXTURES = Path.of("src/test/resources/model-conventions");
  private static final Path GOOD = FIXTURES.resolve("good");
  private static final Path BAD = FIXTURES.resolve("bad");

  /** The beans and variables the fixtures' expressions may name. */
  private static final CodeNames FIXTURE_CODE =
      new CodeNames(
          Set.of("sendQuote", "notifyCustomer", "archiveQuote", "quoteDeadlines"),
          Map.of("quoteDispatch", Set.of("signature")));

  @TestFactory
  Stream<DynamicTest> projectModelsFollowTheConventions() {
    ModelConventions conventions = projectConventions();
    // no model found would be no test, and pass
    assertThat(conventions.modelFiles())
        .extracting(file -> file.getFileName().toString())
        .contains("sales-order.bpmn", "shortage-allocation.dmn", "register-order.form");
    return conventions.modelFiles().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.toString(), () -> assertNoViolations(file, conventions.check(file))));
  }

  @TestFactory
  Stream<DynamicTest> processConstantsNameWhatTheirModelsHold() {
    List<ProcessConstants> classes = ProcessConstants.ofApplication();
    assertThat(classes)
        .extracting(ProcessConstants::name)
        .contains(
            "QuoteApprovalProcess",
            "SampleTrackingProcess",
            "SalesOrderProcess",
            "ShortageAllocationProcess")
        .doesNotContain(DriftedProcess.class.getSimpleName());
    ModelConventions conventions = projectConventions();
    return classes.stream()
        .map(
            constants ->
                DynamicTest.dynamicTest(
                    constants.name(),
                    () -> assertNoViolations(constants.type(), conventions.check(constants))));
  }

  @Test
  void springBeanNamesAreReadFromTheMainClassesOnly() {
    Set<String> beans = ApplicationClasses.springBeanNames();

    assertThat(beans)
        .contains(
            "orderDeadlines",
            "reviewOrder",
            "allocationConfirmed",
            "customerService",
            "gendanApplication")
        .doesNotContain("mailOutboxRetryProbeDelegate");
  }

  @Test
  void constantsThatNameNothingInTheirModelAreReported(@TempDir Path folder) throws IOException {
    Path processes = Files.createDirectories(folder.resolve("processes"));
    Path model = Files.writeString(processes.resolve("drifted.bpmn"), DRIFTED_BPMN);
    ModelConventions conventions =
        new ModelConventions(processes, folder.resolve("forms"), FIXTURE_CODE);

    List<Violation> violations = conventions.check(new ProcessConstants(DriftedProcess.class));

    assertThat(violations).extracting(Violation::kind).containsOnly(Kind.UNKNOWN_CONSTANT);
    assertThat(violations)
        .extracting(Violation::element)
        .containsExactly(
            "DriftedProcess.Elements.APPROVE",
            "DriftedProcess.Messages.WITHDRAWN",
            "DriftedProcess.Beans.ARCHIVE");
    assertThat(violations)
        .extracting(Violation::message)
        .containsExactly(
            "\"Task_Approve\" is the id of no element in " + model,
            "\"draftWithdrawn\" is the name of no bpmn:message in " + model,
            "\"archiveDraft\" is named in no expression in " + model);
  }

  @Test
  void constantsWhoseKeyIsNoProcessAreReported(@TempDir Path folder) throws IOException {
    Path processes = Files.createDirectories(folder.resolve("processes"));
    Files.writeString(
        processes.resolve("drifted.bpmn"),
        DRIFTED_BPMN.replace("driftedProcess", "renamedProcess"));
    ModelConventions conventions =
        new ModelConventions(processes, folder.resolve("forms"), FIXTURE_CODE);

    assertThat(conventions.check(new ProcessConstants(DriftedProcess.class)))
        .extracting(Violation::toString)
        .containsExactly(
            "DriftedProcess.KEY: \"driftedProcess\" is the id of no process in "
                + processes
                + " [UNKNOWN_CONSTANT]");
  }

  @Test
  void unknownBeansAreNamedWithTheirExpression() {
    Path fixture = BAD.resolve("unknown-bean");
    Path model = fixture.resolve("processes/expressions-without-beans.bpmn");

    assertThat(badConventionsFor(fixture).check(model))
        .extracting(Violation::toString)
        .containsExactlyInAnyOrder(
            "serviceTask 'Task_FaxQuote': camunda:delegateExpression ${faxQuote}: \"faxQuote\""
                + " is not a Spring bean of the application [UNKNOWN_BEAN]",
            "serviceTask 'Task_FaxQuote' > extensionElements > executionListener:"
                + " delegateExpression ${auditTrail}: \"auditTrail\" is not a Spring bean of the"
                + " application [UNKNOWN_BEAN]",
            "timerEventDefinition 'TimerEventDefinition_ReminderDue' > timeDuration: text"
                + " ${quoteReminders.interval}: \"quoteReminders\" is neither a Spring bean of the"
                + " application nor a variable of the process [UNKNOWN_BEAN]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "registerOrder                           | registerOrder  |",
        "orderDeadlines.confirmationDue()        | orderDeadlines | orderDeadlines",
        "quoteDeadlines.signingReminder          | quoteDeadlines | quoteDeadlines",
        "dateTime().plusDays(2).toDate()         |                |",
        "!creditHold && openFindings > 0         |                |",
        "signDecision == 'a.b'                   |                |",
        "quote.total > limits.max(currency.code) | quote          | quote limits currency"
      })
  void readsTheNamesAnExpressionLooksUp(String body, String leadingName, String memberOwners) {
    Expressions.Expression expression = new Expressions.Expression(null, "camunda:dueDate", body);

    assertThat(expression.leadingName()).isEqualTo(Optional.ofNullable(leadingName));
    assertThat(expression.memberOwners())
        .containsExactlyElementsOf(
            memberOwners == null ? List.of() : List.of(memberOwners.split(" ")));
  }

  @Test
  void goodFixtureFollowsTheConventions() {
    ModelConventions conventions = conventionsFor(GOOD);

    assertThat(conventions.modelFiles())
        .extracting(file -> file.getFileName().toString())
        .contains("quote-dispatch.bpmn", "quote-signers.dmn", "sign-quote.form");
    conventions.modelFiles().forEach(file -> assertNoViolations(file, conventions.check(file)));
  }

  @TestFactory
  Stream<DynamicNode> eachBadFixtureBreaksExactlyItsRule() throws IOException {
    return badFixtureFolders()
        .map(
            folder -> {
              Kind expected = kindNamedBy(folder);
              ModelConventions conventions = badConventionsFor(folder);
              return DynamicContainer.dynamicContainer(
                  expected.name(),
                  filesOf(folder, conventions)
                      .map(
                          file ->
                              DynamicTest.dynamicTest(
                                  file.getFileName().toString(),
                                  () ->
                                      assertThat(conventions.check(file))
                                          .as("violations of %s", file)
                                          .isNotEmpty()
                                          .extracting(Violation::kind)
                                          .containsOnly(expected))));
            });
  }

  /**
   * Constants are Java, not a model file: {@link #constantsThatNameNothingInTheirModelAreReported}.
   */
  @Test
  void everyKindOfViolationHasABadFixture() throws IOException {
    List<Kind> covered =
        badFixtureFolders()
            .filter(folder -> filesOf(folder, badConventionsFor(folder)).findAny().isPresent())
            .map(ModelConventionsTest::kindNamedBy)
            .toList();

    assertThat(covered)
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.complementOf(EnumSet.of(Kind.UNKNOWN_CONSTANT)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Activity_0x7f3k2",
        "Gateway_12tl2hf",
        "Flow_1a2b3c4",
        "Event_0abc123",
        "StartEvent_1",
        "UserTask_1",
        "Task_1",
        "SequenceFlow_0xyzabc",
        "Definitions_1",
        "DecisionRule_0hm3y1t",
        "Input_1",
        "Form_0v2d8ja",
        "Field_0abc123"
      })
  void recognisesGeneratedIds(String id) {
    assertThat(GeneratedIds.isGeneratedId(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "quoteApproval",
        "Task_SignQuote",
        "Gateway_AllSigned",
        "Event_QuoteExpired",
        "Flow_Rejected",
        "Rule_ManagerSigns",
        "Task_approve",
        "sign-quote",
        "Field_Comment",
        "Task_Level_2"
      })
  void acceptsMeaningfulIds(String id) {
    assertThat(GeneratedIds.isGeneratedId(id)).isFalse();
  }

  private static ModelConventions projectConventions() {
    return new ModelConventions(Path.of("processes"), Path.of("forms"), CodeNames.ofApplication());
  }

  private static ModelConventions conventionsFor(Path fixture) {
    return new ModelConventions(
        fixture.resolve("processes"), fixture.resolve("forms"), FIXTURE_CODE);
  }

  private static ModelConventions badConventionsFor(Path fixture) {
    Path forms = fixture.resolve("forms");
    return new ModelConventions(
        fixture.resolve("processes"),
        Files.isDirectory(forms) ? forms : GOOD.resolve("forms"),
        FIXTURE_CODE);
  }

  private static Stream<Path> filesOf(Path fixture, ModelConventions conventions) {
    return conventions.modelFiles().stream().filter(file -> file.startsWith(fixture));
  }

  private static Stream<Path> badFixtureFolders() throws IOException {
    try (Stream<Path> folders = Files.list(BAD)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  private static Kind kindNamedBy(Path folder) {
    String name = folder.getFileName().toString().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(Kind.values())
        .filter(kind -> kind.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(folder + " is not named after a Violation.Kind"));
  }

  private static void assertNoViolations(Object checked, List<Violation> violations) {
    assertThat(violations)
        .withFailMessage(
            () ->
                checked
                    + " breaks the model conventions (CONVENTIONS.md, \"Models\"):"
                    + violations.stream().map(v -> "\n  - " + v).collect(Collectors.joining()))
        .isEmpty();
  }

  /** Written as drifted.bpmn: DriftedProcess names one element, message and bean it lacks. */
  private static final String DRIFTED_BPMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Drifted"
          targetNamespace="http://bpmn.io/schema/bpmn">
        <bpmn:process id="driftedProcess" isExecutable="true">
          <bpmn:userTask id="Task_Review" camunda:dueDate="${draftDeadlines.reviewDue()}">
            <bpmn:extensionElements>
              <camunda:taskListener event="complete" delegateExpression="${draftReviewed}" />
            </bpmn:extensionElements>
          </bpmn:userTask>
          <bpmn:userTask id="Task_ApproveDraft" />
        </bpmn:process>
        <bpmn:message id="Message_DraftCancelled" name="draftCancelled" />
        <bpmn:message id="Message_DraftRevoked" name="draftRevoked" />
      </bpmn:definitions>
      """;

  /** A process constants class that its model (DRIFTED_BPMN) no longer matches. */
  static final class DriftedProcess {
    static final String KEY = "driftedProcess";

    static final class Elements {
      static final String REVIEW = "Task_Review";

      /** Renamed in the model to Task_ApproveDraft. */
      static final String APPROVE = "Task_Approve";
    }

    static final class Messages {
      static final String CANCELLED = "draftCancelled";

      /** Renamed in the model to draftRevoked. */
      static final String WITHDRAWN = "draftWithdrawn";
    }

    static final class Beans {
      static final String REVIEWED = "draftReviewed";
      static final String DEADLINES = "draftDeadlines";

      /** Its service task was removed from the model. */
      static final String ARCHIVE = "archiveDraft";
    }
  }
}
