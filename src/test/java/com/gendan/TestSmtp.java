package com.gendan;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail SMTP server of the tests. Port 3025 unless the system property {@code
 * gendan.test.smtp-port} names another, so two test runs can share a machine; the test
 * configuration points Spring Mail at the same property.
 */
public final class TestSmtp {

  public static final int PORT = Integer.getInteger("gendan.test.smtp-port", 3025);

  public static final ServerSetup SETUP =
      new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  private TestSmtp() {}
}
