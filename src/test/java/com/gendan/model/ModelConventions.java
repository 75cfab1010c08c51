package com.gendan.model;

import static com.gendan.model.Violation.Kind.DUPLICATE_FORM_ID;
import static com.gendan.model.Violation.Kind.INVALID_MODEL;
import static com.gendan.model.Violation.Kind.UNKNOWN_CONSTANT;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks the BPMN and DMN files of a processes folder and the Camunda Forms of a forms folder
 * against Gendan's model conventions, and process constants classes against the BPMN of their
 * process. A file that Camunda cannot read is reported as invalid and not checked further.
 */
final class ModelConventions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path processes;
  private final Path forms;
  private final Map<String, List<Path>> formFilesById;
  private final CodeNames code;

  ModelConventions(Path processes, Path forms, CodeNames code) {
    this.processes = processes;
    this.forms = forms;
    this.code = code;
    this.formFilesById =
        filesIn(forms, ".form").stream()
            .flatMap(
                file ->
                    readForm(file).stream().map(form -> Map.entry(FormRules.formId(form), file)))
            .filter(idAndFile -> !idAndFile.getKey().isBlank())
            .collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
  }

  List<Path> modelFiles() {
    return Stream.of(
            filesIn(processes, ".bpmn"), filesIn(processes, ".dmn"), filesIn(forms, ".form"))
        .flatMap(List::stream)
        .toList();
  }

  List<Violation> check(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".bpmn")) {
      return checkBpmn(file);
    }
    if (name.endsWith(".dmn")) {
      return checkDmn(file);
    }
    if (name.endsWith(".form")) {
      return checkForm(file);
    }
    throw new IllegalArgumentException("not a model file: " + file);
  }

  /** The constants class against the BPMN file whose process has the class's {@code KEY} as id. */
  List<Violation> check(ProcessConstants constants) {
    Optional<String> key = constants.key();
    if (key.isEmpty()) {
      return List.of(
          new Violation(
              UNKNOWN_CONSTANT,
              constants.name(),
              "no KEY, the id of its process, so no model can be found for it"));
    }
    return filesIn(processes, ".bpmn").stream()
        .map(file -> Map.entry(file, parse(file)))
        .filter(
            fileAndModel ->
                BpmnRules.processIds(fileAndModel.getValue()).anyMatch(key.get()::equals))
        .findFirst()
        .map(
            fileAndModel ->
                new ProcessConstantsRules(constants, fileAndModel.getKey(), fileAndModel.getValue())
                    .violations())
        .orElseGet(
            () ->
                List.of(
                    new Violation(
                        UNKNOWN_CONSTANT,
                        constants.name() + ".KEY",
                        "\"" + key.get() + "\" is the id of no process in " + processes)));
  }

  private List<Violation> checkBpmn(Path file) {
    return unreadable(() -> Bpmn.readModelFromFile(file.toFile()))
        .map(List::of)
        .orElseGet(() -> new BpmnRules(parse(file), formFilesById.keySet(), code).violations());
  }

  private List<Violation> checkDmn(Path file) {
    return unreadable(() -> Dmn.readModelFromFile(file.toFile()))
        .map(List::of)
        .orElseGet(() -> new DmnRules(parse(file)).violations());
  }

  private List<Violation> checkForm(Path file) {
    try {
      JsonNode form = JSON.readTree(file.toFile());
      return Stream.concat(new FormRules(form).violations().stream(), duplicateId(file, form))
          .toList();
    } catch (IOException e) {
      return List.of(
          new Violation(INVALID_MODEL, "form", "not readable as JSON: " + e.getMessage()));
    }
  }

  private Stream<Violation> duplicateId(Path file, JsonNode form) {
    String id = FormRules.formId(form);
    List<Path> others =
        formFilesById.getOrDefault(id, List.of()).stream()
            .filter(other -> !other.equals(file))
            .toList();
    return others.isEmpty()
        ? Stream.empty()
        : Stream.of(
            new Violation(DUPLICATE_FORM_ID, "form '" + id + "'", "also the id of " + others));
  }

  private static Optional<Violation> unreadable(Runnable camundaParse) {
    try {
      camundaParse.run();
      return Optional.empty();
    } catch (ModelException e) {
      return Optional.of(
          new Violation(
              INVALID_MODEL, "definitions", "Camunda cannot read it: " + rootCauseMessage(e)));
    }
  }

  private static String rootCauseMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof SAXParseException located
        ? "line " + located.getLineNumber() + ": " + located.getMessage()
        : cause.getMessage();
  }

  private static Document parse(Path file) {
    try {
      return Xml.parse(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException("Camunda read " + file + " but the DOM parser did not", e);
    }
  }

  private static Optional<JsonNode> readForm(Path file) {
    try {
      return Optional.of(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static List<Path> filesIn(Path folder, String extension) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(
              file ->
                  Files.isRegularFile(file) && file.getFileName().toString().endsWith(extension))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
