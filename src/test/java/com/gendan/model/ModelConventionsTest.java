package com.gendan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.gendan.model.Violation.Kind;

/**
 * Every model in processes/ and forms/ follows the conventions of CONVENTIONS.md ("Models"). The
 * fixtures under model-conventions/ prove that each rule accepts a good model and fires on a bad
 * one: each folder in bad/ is named after the one kind of violation every file in it commits. A bad
 * fixture without a forms folder of its own refers to the good fixture's forms.
 */
class ModelConventionsTest {

  private static final Path FIXTURES = Path.of("src/test/resources/model-conventions");
  private static final Path GOOD = FIXTURES.resolve("good");
  private static final Path BAD = FIXTURES.resolve("bad");

  @TestFactory
  Stream<DynamicTest> projectModelsFollowTheConventions() {
    ModelConventions conventions = new ModelConventions(Path.of("processes"), Path.of("forms"));
    return conventions.modelFiles().stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(),
            () -> assertNoViolations(file, conventions.check(file))));
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
    return badFixtureFolders().map(folder -> {
      Kind expected = kindNamedBy(folder);
      ModelConventions conventions = badConventionsFor(folder);
      return DynamicContainer.dynamicContainer(expected.name(), filesOf(folder, conventions)
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
              () -> assertThat(conventions.check(file))
                  .as("violations of %s", file)
                  .isNotEmpty()
                  .extracting(Violation::kind)
                  .containsOnly(expected))));
    });
  }

  @Test
  void everyKindOfViolationHasABadFixture() throws IOException {
    List<Kind> covered = badFixtureFolders()
        .filter(folder -> filesOf(folder, badConventionsFor(folder)).findAny().isPresent())
        .map(ModelConventionsTest::kindNamedBy)
        .toList();

    assertThat(covered).containsExactlyInAnyOrder(Kind.values());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Activity_0x7f3k2", "Gateway_12tl2hf", "Flow_1a2b3c4", "Event_0abc123",
      "StartEvent_1", "UserTask_1", "Task_1", "SequenceFlow_0xyzabc", "Definitions_1",
      "DecisionRule_0hm3y1t", "Input_1", "Form_0v2d8ja", "Field_0abc123"})
  void recognisesGeneratedIds(String id) {
    assertThat(GeneratedIds.isGeneratedId(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"quoteApproval", "Task_SignQuote", "Gateway_AllSigned",
      "Event_QuoteExpired", "Flow_Rejected", "Rule_ManagerSigns", "Task_approve", "sign-quote",
      "Field_Comment", "Task_Level_2"})
  void acceptsMeaningfulIds(String id) {
    assertThat(GeneratedIds.isGeneratedId(id)).isFalse();
  }

  private static ModelConventions conventionsFor(Path fixture) {
    return new ModelConventions(fixture.resolve("processes"), fixture.resolve("forms"));
  }

  private static ModelConventions badConventionsFor(Path fixture) {
    Path forms = fixture.resolve("forms");
    return new ModelConventions(fixture.resolve("processes"),
        Files.isDirectory(forms) ? forms : GOOD.resolve("forms"));
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

  private static void assertNoViolations(Path file, List<Violation> violations) {
    assertThat(violations)
        .withFailMessage(() -> file + " breaks the model conventions (CONVENTIONS.md, \"Models\"):"
            + violations.stream().map(v -> "\n  - " + v).collect(Collectors.joining()))
        .isEmpty();
  }
}
