package com.gendan.problem;

/**
 * A document that does not exist; answered with 404. The message is shown to the user (Chinese).
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
