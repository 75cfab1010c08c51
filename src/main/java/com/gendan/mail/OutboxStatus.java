package com.gendan.mail;

/** A mail stays PENDING, however often delivery fails, until the mail server accepted it. */
enum OutboxStatus {
  PENDING,
  SENT
}
