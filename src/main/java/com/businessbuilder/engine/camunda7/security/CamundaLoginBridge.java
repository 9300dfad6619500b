package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.system.security.BusinessGroups;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a logout the webapps show Camunda's own login form. When Camunda accepts a login there, this signs the
 * same user in to Spring Security too, so that form works like ours instead of leading to a half-signed-in
 * session. Camunda checks the password and replaces the session itself; the user is read from the new session.
 */
class CamundaLoginBridge extends OncePerRequestFilter {

  private final RequestMatcher camundaLogin;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  CamundaLoginBridge(RequestMatcher camundaLogin) {
    this.camundaLogin = camundaLogin;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !camundaLogin.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    HttpSession session = request.getSession(false);
    if (response.getStatus() != HttpServletResponse.SC_OK || session == null) {
      return;
    }
    AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream()
        .filter(user -> !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN))
        // integration accounts have no web application, here as on our sign-in form
        .filter(user -> BusinessGroups.hasWebapp(user.getGroupIds()))
        .findFirst()
        .ifPresent(user -> signIn(user, request, response));
  }

  private void signIn(UserAuthentication user, HttpServletRequest request, HttpServletResponse response) {
    List<GrantedAuthority> roles = user.getGroupIds().stream()
        .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(BusinessGroups.role(group)))
        .toList();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, roles));
    contexts.saveContext(context, request, response);
  }
}
