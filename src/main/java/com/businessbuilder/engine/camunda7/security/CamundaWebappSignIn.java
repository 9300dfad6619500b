package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.system.security.WebappSignIn;
import jakarta.servlet.Filter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/** Camunda's webapp login, bridged into Spring Security by {@link CamundaLoginBridge}. */
@Component
class CamundaWebappSignIn implements WebappSignIn {

  @Override
  public Filter bridge(RequestMatcher webappLogin) {
    return new CamundaLoginBridge(webappLogin);
  }
}
