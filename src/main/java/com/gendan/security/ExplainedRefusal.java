package com.gendan.security;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A refusal Gendan itself makes inside the engine, whose message is written for the user and names
 * nothing but what the user sent (the customer she asked for): answered with its own message, where
 * the engine's refusals are answered without theirs.
 */
public class ExplainedRefusal extends AuthorizationException {

  public ExplainedRefusal(String message) {
    super(message);
  }
}
