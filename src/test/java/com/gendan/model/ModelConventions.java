package com.gendan.model;

import static com.gendan.model.Violation.Kind.UNKNOWN_CONSTANT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Checks the BPMN and DMN files of a processes folder and the Camunda Forms of a forms folder,
 * taken as one deployment, against Gendan's model conventions ({@link ModelRules}, the rules the
 * engine applies to every deployment) and the names their expressions take from the code ({@link
 * BeanRules}); and process constants classes against the BPMN of their process.
 */
final class ModelConventions {

  private final Path processes;
  private final Map<Path, ModelFile> files = new LinkedHashMap<>();
  private final ModelRules rules;

  ModelConventions(Path processes, Path forms, CodeNames code) {
    this.processes = processes;
    Stream.of(filesIn(processes, ".bpmn"), filesIn(processes, ".dmn"), filesIn(forms, ".form"))
        .flatMap(List::stream)
        .forEach(file -> files.put(file, new ModelFile(file.toString(), read(file))));
    this.rules = new ModelRules(files.values(), bpmn -> new BeanRules(bpmn, code).violations());
  }

  List<Path> modelFiles() {
    return List.copyOf(files.keySet());
  }

  List<Violation> check(Path file) {
    ModelFile model = files.get(file);
    if (model == null) {
      throw new IllegalArgumentException("not a model file of these folders: " + file);
    }
    return rules.check(model);
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

  private static Document parse(Path file) {
    try {
      return Xml.parse(read(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException(file + " is not XML", e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
