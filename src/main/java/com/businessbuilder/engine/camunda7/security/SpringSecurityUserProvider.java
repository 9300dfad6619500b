package com.businessbuilder.engine.camunda7.security;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the user Spring Security signed in to Camunda's webapps and REST API, whose filters run after Spring's
 * and then load the user's groups themselves. Camunda instantiates it by class name, hence public.
 */
public class SpringSecurityUserProvider implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    return AuthenticationResult.successful(signedIn.getName());
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // Spring Security has already challenged anyone who is not signed in.
  }
}
