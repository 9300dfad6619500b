package com.businessbuilder.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Where a user goes after signing in without having asked for a page: the home page (the CEO's command center, the
 * operators' view), Cockpit for process owners, Admin for identity administrators.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

  private final String webapps;

  LandingPage(String webappsPath, RequestCache requestCache) {
    this.webapps = webappsPath;
    setRequestCache(requestCache);
  }

  @Override
  protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) {
    Set<String> roles = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
    if (roles.contains(BusinessGroups.role(BusinessGroups.CEO))
        || roles.contains(BusinessGroups.role(BusinessGroups.OPERATORS))) {
      return "/";
    }
    if (roles.contains(BusinessGroups.role(BusinessGroups.PROCESS_OWNERS))) {
      return webapps + "/app/cockpit/";
    }
    if (roles.contains(BusinessGroups.role(BusinessGroups.IDENTITY_ADMINS))) {
      return webapps + "/app/admin/";
    }
    return "/";
  }
}
