package com.gendan.mail;

import jakarta.mail.util.StreamProvider;

/**
 * Jakarta Mail finds its {@link StreamProvider} anew (FactoryFinder: a ServiceLoader scan of {@code
 * META-INF/services} over every jar of the class loader) for every body part and multipart it
 * creates and every header or part it encodes or writes: 19 times for a mail with an attachment. It
 * reads the system property named after the interface first; naming the provider there, once, turns
 * each of those lookups into loading a class already loaded.
 */
final class MailStreamProvider {

  /** The system property FactoryFinder reads before it scans. */
  static final String PROPERTY = StreamProvider.class.getName();

  private MailStreamProvider() {}

  /**
   * Names the provider Jakarta Mail finds now (with one scan) in {@link #PROPERTY}, unless it is
   * named already (an operator's choice stands).
   */
  static synchronized void nameOnce() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, StreamProvider.provider().getClass().getName());
    }
  }
}
