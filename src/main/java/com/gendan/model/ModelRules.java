package com.gendan.model;

import static com.gendan.model.Violation.Kind.DUPLICATE_FORM_ID;
import static com.gendan.model.Violation.Kind.INVALID_MODEL;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Gendan's model conventions (CONVENTIONS.md, "Models") for the BPMN, DMN and form files that are
 * deployed together: full diagram interchange, meaningful ids, no Java class and no script, a
 * history time to live, every user task with a due date and a form of the same deployment,
 * candidate groups that are roles or expressions, Camunda 7.24 as the target platform. A file that
 * Camunda cannot read is reported as invalid and not checked further; files of any other kind are
 * not checked. The engine applies these rules to every deployment ({@code com.gendan.deployment}),
 * and ModelConventionsTest to processes/ and forms/, adding the checks against the code.
 */
public final class ModelRules {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<ModelFile> models;
  private final Map<String, List<ModelFile>> formsById;
  private final Function<Document, List<Violation>> codeRules;

  /** The rules for files deployed together. */
  public ModelRules(Collection<ModelFile> files) {
    this(files, bpmn -> List.of());
  }

  /**
   * @param codeRules further checks of each readable BPMN file (the tests check the beans its
   *     expressions name)
   */
  ModelRules(Collection<ModelFile> files, Function<Document, List<Violation>> codeRules) {
    this.models = files.stream().filter(ModelFile::isModel).toList();
    this.codeRules = codeRules;
    this.formsById =
        models.stream()
            .filter(ModelFile::isForm)
            .flatMap(file -> readForm(file).stream().map(form -> Map.entry(formId(form), file)))
            .filter(idAndFile -> !idAndFile.getKey().isBlank())
            .collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
  }

  /** The BPMN, DMN and form files among them, in the order given. */
  public List<ModelFile> models() {
    return models;
  }

  /** What each model file breaks, in the order given; a file that breaks nothing is left out. */
  public Map<ModelFile, List<Violation>> violations() {
    Map<ModelFile, List<Violation>> violations = new LinkedHashMap<>();
    for (ModelFile file : models) {
      List<Violation> found = check(file);
      if (!found.isEmpty()) {
        violations.put(file, found);
      }
    }
    return violations;
  }

  /** What one of the files breaks. */
  public List<Violation> check(ModelFile file) {
    if (file.isBpmn()) {
      return unreadable(() -> Bpmn.readModelFromStream(stream(file)))
          .map(List::of)
          .orElseGet(() -> checkBpmn(parse(file)));
    }
    if (file.isDmn()) {
      return unreadable(() -> Dmn.readModelFromStream(stream(file)))
          .map(List::of)
          .orElseGet(() -> new DmnRules(parse(file)).violations());
    }
    if (file.isForm()) {
      return checkForm(file);
    }
    throw new IllegalArgumentException("not a model file: " + file);
  }

  private List<Violation> checkBpmn(Document document) {
    return Stream.concat(
            new BpmnRules(document, formsById.keySet()).violations().stream(),
            codeRules.apply(document).stream())
        .toList();
  }

  private List<Violation> checkForm(ModelFile file) {
    try {
      JsonNode form = JSON.readTree(file.content());
      return Stream.concat(new FormRules(form).violations().stream(), duplicateId(file, form))
          .toList();
    } catch (IOException e) {
      return List.of(new Violation(INVALID_MODEL, "form", "不是有效的 JSON：" + e.getMessage()));
    }
  }

  private Stream<Violation> duplicateId(ModelFile file, JsonNode form) {
    String id = formId(form);
    List<ModelFile> others =
        formsById.getOrDefault(id, List.of()).stream().filter(other -> other != file).toList();
    return others.isEmpty()
        ? Stream.empty()
        : Stream.of(
            new Violation(DUPLICATE_FORM_ID, "form '" + id + "'", "与 " + others + " 的 id 相同"));
  }

  private static String formId(JsonNode form) {
    return FormRules.formId(form);
  }

  private static Optional<Violation> unreadable(Runnable camundaParse) {
    try {
      camundaParse.run();
      return Optional.empty();
    } catch (ModelException e) {
      return Optional.of(
          new Violation(INVALID_MODEL, "definitions", "Camunda 无法读取它：" + rootCauseMessage(e)));
    }
  }

  private static String rootCauseMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof SAXParseException located
        ? "第 " + located.getLineNumber() + " 行：" + located.getMessage()
        : cause.getMessage();
  }

  private static Document parse(ModelFile file) {
    try {
      return Xml.parse(file.content());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException("Camunda read " + file + " but the DOM parser did not", e);
    }
  }

  private static ByteArrayInputStream stream(ModelFile file) {
    return new ByteArrayInputStream(file.content());
  }

  private static Optional<JsonNode> readForm(ModelFile file) {
    try {
      return Optional.of(JSON.readTree(file.content()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
