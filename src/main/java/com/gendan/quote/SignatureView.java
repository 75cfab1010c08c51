package com.gendan.quote;

import java.time.Instant;

/** A signature as the API shows it. */
public record SignatureView(
    int sequenceNo,
    String approverGroup,
    String roleName,
    String userId,
    String userName,
    SignatureDecision decision,
    String comment,
    Instant signedAt) {}
