package com.gendan.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Lists that Camunda Forms show and edit (dynamic lists, tables, checklists) travel as JSON
 * variables. This writes them from records and reads them back, whatever form the engine hands them
 * over in (a Spin JSON node, a JSON string, or plain Java lists and maps).
 */
@Component
public class JsonVariables {

  private final ObjectMapper objectMapper;

  public JsonVariables(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(objectMapper.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write JSON variable", e);
    }
  }

  public <T> List<T> readList(Object variable, Class<T> elementType) {
    if (variable == null) {
      return List.of();
    }
    var listType = objectMapper.getTypeFactory().constructCollectionType(List.class, elementType);
    try {
      if (variable instanceof String
          || variable.getClass().getName().startsWith("org.camunda.spin")) {
        return objectMapper.readValue(variable.toString(), listType);
      }
      return objectMapper.convertValue(variable, listType);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a JSON list of " + elementType.getSimpleName(), e);
    }
  }
}
