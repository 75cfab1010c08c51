package com.gendan.deployment;

import com.gendan.model.ModelFile;
import com.gendan.model.Violation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment refused for breaking the model conventions. The message names every file, element
 * and reason, one a line; Camunda Modeler shows it in its deployment error. A {@link
 * BadUserRequestException}: the engine REST API answers it 400 with the message, and the engine
 * logs it at debug level, since a process owner's mistake is not an operator's business ({@link
 * ModelConventionsGuard} logs one line per refusal).
 */
final class ModelConventionsException extends BadUserRequestException {

  static final String REFUSED = "模型不符合跟单的建模约定，本次部署未执行";

  ModelConventionsException(Map<ModelFile, List<Violation>> violations) {
    super(message(violations));
  }

  /** {@code 报价.bpmn：scriptTask 'Task_Total'：是脚本，不允许；…}, after a line that counts them. */
  private static String message(Map<ModelFile, List<Violation>> violations) {
    long count = violations.values().stream().mapToLong(List::size).sum();
    return REFUSED
        + "（共 "
        + count
        + " 处）：\n"
        + violations.entrySet().stream()
            .flatMap(
                file ->
                    file.getValue().stream()
                        .map(
                            violation ->
                                file.getKey().name()
                                    + "："
                                    + violation.element()
                                    + "："
                                    + violation.message()))
            .collect(Collectors.joining("\n"));
  }
}
