package com.gendan.model;

import java.util.regex.Pattern;

/**
 * Recognises ids that Camunda Modeler, dmn-js and form-js make up. Their random part is 32 bits
 * written in base 36 and padded to seven characters, so it always starts with 0 or 1 ({@code
 * Activity_0x7f3k2}, {@code Gateway_12tl2hf}); new diagrams also start with numbered ids ({@code
 * StartEvent_1}, {@code Input_1}).
 */
final class GeneratedIds {

  private static final String PREFIXES =
      String.join(
          "|",
          "Definitions",
          "Process",
          "Collaboration",
          "Participant",
          "Lane",
          "LaneSet",
          "Activity",
          "Task",
          "UserTask",
          "ServiceTask",
          "SendTask",
          "ReceiveTask",
          "BusinessRuleTask",
          "ScriptTask",
          "ManualTask",
          "CallActivity",
          "SubProcess",
          "Event",
          "StartEvent",
          "EndEvent",
          "BoundaryEvent",
          "IntermediateThrowEvent",
          "IntermediateCatchEvent",
          "Gateway",
          "ExclusiveGateway",
          "ParallelGateway",
          "InclusiveGateway",
          "EventBasedGateway",
          "Flow",
          "SequenceFlow",
          "MessageFlow",
          "Association",
          "TextAnnotation",
          "Group",
          "DataObject",
          "DataObjectReference",
          "DataStoreReference",
          "Message",
          "Error",
          "Signal",
          "Escalation",
          "Decision",
          "DecisionTable",
          "Input",
          "Output",
          "InputClause",
          "OutputClause",
          "InputData",
          "DecisionRule",
          "Rule",
          "Form",
          "Field",
          "Textfield",
          "Number",
          "Select",
          "Checkbox",
          "Textarea",
          "Datetime",
          "Text",
          "Button");

  private static final Pattern GENERATED_ID =
      Pattern.compile("(" + PREFIXES + ")_([01][0-9a-z]{6}|\\d+)");

  /** form-js names a new field's variable after its type: {@code textfield_0r4bq2m}. */
  private static final Pattern GENERATED_FORM_KEY = Pattern.compile("[a-z]+_[01][0-9a-z]{6}");

  private GeneratedIds() {}

  static boolean isGeneratedId(String id) {
    return GENERATED_ID.matcher(id).matches();
  }

  static boolean isGeneratedFormKey(String key) {
    return GENERATED_FORM_KEY.matcher(key).matches();
  }
}
