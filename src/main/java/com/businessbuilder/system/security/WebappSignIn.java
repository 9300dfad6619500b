package com.businessbuilder.system.security;

import jakarta.servlet.Filter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * How someone who signs in on the engine webapps' own login form (shown after a logout there) becomes signed in to
 * the application too: the engine adapter provides a filter that the people's filter chain runs before it
 * decides on access.
 */
public interface WebappSignIn {

  Filter bridge(RequestMatcher webappLogin);
}
