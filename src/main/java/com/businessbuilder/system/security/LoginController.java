package com.businessbuilder.system.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The one sign-in page for the application and the Camunda webapps. */
@Controller
class LoginController {

  static final String LOGIN_VIEW = "login";

  private final boolean demoUsers;

  LoginController(@Value("${bb.security.demo-users:false}") boolean demoUsers) {
    this.demoUsers = demoUsers;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("demoUsers", demoUsers);
    return LOGIN_VIEW;
  }
}
