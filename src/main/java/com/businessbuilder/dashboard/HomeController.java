package com.businessbuilder.dashboard;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after login: where the CEO, operators and integrators go from here. */
@Controller
class HomeController {

  static final String HOME_VIEW = "dashboard/home";

  @GetMapping("/")
  String home(Principal user, Model model) {
    model.addAttribute("userName", user == null ? null : user.getName());
    return HOME_VIEW;
  }
}
