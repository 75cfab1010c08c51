package com.gendan.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which variables a Camunda Form submits, as form-js in Tasklist builds its submit data. */
class FormFieldsTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyKeyedFieldIsAVariableAndReadOnlyOnesAreMarked() throws IOException {
    FormFields fields =
        FormFields.of(json.readTree(Files.readString(Path.of("forms/correct-order.form"))));

    assertThat(fields.names())
        .containsExactlyInAnyOrder(
            "orderNumber",
            "customerName",
            "findingsText",
            "deviationComment",
            "linesText",
            "correctionAction",
            "revisedLinesText",
            "addedSpecialRequirements",
            "acceptanceReason",
            "sampleConditionsText",
            "specialRequirements");
    assertThat(fields.readOnly())
        .containsExactlyInAnyOrder(
            "orderNumber",
            "customerName",
            "findingsText",
            "sampleConditionsText",
            "deviationComment",
            "linesText",
            "specialRequirements");
  }

  @Test
  void nestedPathsAndDottedKeysSubmitTheirTopLevelVariable() throws IOException {
    JsonNode schema =
        json.readTree(
            """
        {"components": [
          {"type": "text", "text": "说明"},
          {"type": "group", "components": [
            {"type": "textfield", "key": "plainInGroup", "readonly": true}]},
          {"type": "group", "path": "address", "components": [
            {"type": "textfield", "key": "street", "readonly": true}]},
          {"type": "dynamiclist", "path": "rows", "components": [
            {"type": "number", "key": "quantity"}]},
          {"type": "textfield", "key": "contact.email"},
          {"type": "textfield", "key": "locked", "disabled": true},
          {"type": "textfield", "key": "byExpression", "readonly": "=true"},
          {"type": "table", "dataSource": "=lines",
           "columns": [{"key": "notAField", "label": "列"}]}]}""");

    FormFields fields = FormFields.of(schema);

    assertThat(fields.names())
        .containsExactlyInAnyOrder(
            "plainInGroup", "address", "rows", "contact", "locked", "byExpression");
    // a path's object stays editable as a whole; an expression may make the field editable
    assertThat(fields.readOnly()).containsExactlyInAnyOrder("plainInGroup", "locked");
  }

  @Test
  void aFormWithoutComponentsSubmitsNothing() throws IOException {
    assertThat(FormFields.of(json.readTree("{}")).names()).isEmpty();
  }
}
