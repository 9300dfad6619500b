package com.businessbuilder.system.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * {@code bb.security.*}: whether the demo users exist, the administrator the {@code prod} profile creates from
 * {@code BB_ADMIN_USER} / {@code BB_ADMIN_PASSWORD}, and how many failed sign-ins a client address may make.
 */
@ConfigurationProperties(prefix = "bb.security")
public record SecuritySettings(@DefaultValue("false") boolean demoUsers, @DefaultValue Admin admin,
    @DefaultValue SignIn signIn) {

  /**
   * @param failures wrong passwords a client address may send before it has to wait
   * @param window how long the allowance takes to refill completely
   */
  public record SignIn(@DefaultValue("10") int failures, @DefaultValue("1m") Duration window) {}

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
