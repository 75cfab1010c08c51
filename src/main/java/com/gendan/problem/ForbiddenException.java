package com.gendan.problem;

import org.springframework.security.access.AccessDeniedException;

/**
 * Access denied with a reason the user may read (Chinese); answered with 403 and the reason as the
 * problem's detail. A plain {@link AccessDeniedException} gets a generic detail.
 */
public class ForbiddenException extends AccessDeniedException {

  public ForbiddenException(String message) {
    super(message);
  }
}
