package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.CONTACT_DATE;
import static com.gendan.sample.SampleTrackingProcess.Variables.CONTACT_NOTE;
import static com.gendan.sample.SampleTrackingProcess.Variables.CONTACT_PERSON;

import com.gendan.problem.FieldProblem;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The contact fields the follow-up and help forms share, read as a {@link SampleService.Contact}.
 */
final class ContactForm {

  private ContactForm() {}

  /** The contact; an unreadable date is added to the problems and read as none. */
  static SampleService.Contact read(VariableScope scope, List<FieldProblem> problems) {
    return new SampleService.Contact(
        CONTACT_DATE.read(scope, problems), CONTACT_PERSON.get(scope), CONTACT_NOTE.get(scope));
  }
}
