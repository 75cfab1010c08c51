package com.gendan.mail;

record RenderedMail(String subject, String html, String text) {}
