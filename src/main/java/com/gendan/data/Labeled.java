package com.gendan.data;

/**
 * A code with the Chinese word users read for it: a status, a finding, a transport mode. Documents,
 * forms and error messages show the label, the API and the database keep the code.
 */
public interface Labeled {

  String label();
}
