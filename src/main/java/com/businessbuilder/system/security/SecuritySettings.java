package com.businessbuilder.system.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * {@code bb.security.*}: whether the demo users exist, and the administrator the {@code prod} profile creates
 * from {@code BB_ADMIN_USER} / {@code BB_ADMIN_PASSWORD}.
 */
@ConfigurationProperties(prefix = "bb.security")
public record SecuritySettings(@DefaultValue("false") boolean demoUsers, @DefaultValue Admin admin) {

  public record Admin(String username, String password) {

    public boolean hasUsername() {
      return StringUtils.hasText(username);
    }

    public boolean hasPassword() {
      return StringUtils.hasText(password);
    }

    @Override
    public String toString() {
      return "Admin[username=" + username + ", password=" + (hasPassword() ? "****" : "<none>") + "]";
    }
  }
}
