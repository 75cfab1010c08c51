package com.gendan.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door leads to Tasklist, where assistants and managers do their work. */
@Controller
class RootRedirectController {

  static final String TASKLIST = "/camunda/app/tasklist/";

  @GetMapping("/")
  String tasklist() {
    return "redirect:" + TASKLIST;
  }
}
