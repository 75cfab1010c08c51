package com.gendan.bench.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Checks that a same-shape model still has the shape of Gendan's model: as many user tasks,
 * gateways, events, timers, messages, sub-processes, flows and async steps. Gendan's listeners and
 * delegates are what it leaves out on purpose (task listeners are counted only to show that).
 */
public final class ShapeCheck {

  private static final Map<String, Function<BpmnModelInstance, Long>> ELEMENTS = elements();

  private ShapeCheck() {}

  /** "same shape", or the counts that differ. */
  public static String compare(String gendanModel, String shapeModel) {
    Map<String, Long> gendan = counts(gendanModel);
    Map<String, Long> shape = counts(shapeModel);
    String differences =
        gendan.keySet().stream()
            .filter(key -> !key.equals("task listeners") && !gendan.get(key).equals(shape.get(key)))
            .map(key -> key + " " + gendan.get(key) + " vs " + shape.get(key))
            .collect(Collectors.joining(", "));
    String summary =
        gendan.entrySet().stream()
            .filter(e -> !e.getKey().equals("task listeners"))
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    return (differences.isEmpty() ? "same shape: " + summary : "DIFFERENT: " + differences)
        + "; task listeners "
        + gendan.get("task listeners")
        + " vs "
        + shape.get("task listeners");
  }

  static Map<String, Long> counts(String resource) {
    try (InputStream in = ShapeCheck.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no model " + resource + " on the classpath");
      }
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      Map<String, Long> counts = new LinkedHashMap<>();
      ELEMENTS.forEach((name, count) -> counts.put(name, count.apply(model)));
      return counts;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Function<BpmnModelInstance, Long>> elements() {
    Map<String, Function<BpmnModelInstance, Long>> elements = new LinkedHashMap<>();
    elements.put("user tasks", of(UserTask.class));
    elements.put("service tasks", of(ServiceTask.class));
    elements.put("exclusive gateways", of(ExclusiveGateway.class));
    elements.put("parallel gateways", of(ParallelGateway.class));
    elements.put(
        "other gateways",
        model ->
            of(InclusiveGateway.class).apply(model) + of(EventBasedGateway.class).apply(model));
    elements.put("start events", of(StartEvent.class));
    elements.put("end events", of(EndEvent.class));
    elements.put("catch events", of(IntermediateCatchEvent.class));
    elements.put("boundary events", of(BoundaryEvent.class));
    elements.put("sub-processes", of(SubProcess.class));
    elements.put("timers", of(TimerEventDefinition.class));
    elements.put("messages", of(MessageEventDefinition.class));
    elements.put("conditions", of(ConditionalEventDefinition.class));
    elements.put("sequence flows", of(SequenceFlow.class));
    elements.put(
        "async steps",
        model ->
            model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter())
                .count());
    elements.put("task listeners", of(CamundaTaskListener.class));
    return elements;
  }

  private static Function<BpmnModelInstance, Long> of(Class<? extends ModelElementInstance> type) {
    return model -> (long) model.getModelElementsByType(type).size();
  }
}
