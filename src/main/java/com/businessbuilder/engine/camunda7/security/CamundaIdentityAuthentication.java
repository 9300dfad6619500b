package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.system.security.BusinessGroups;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Signs users in against Camunda's identity service, so the users and groups managed in Camunda Admin are the
 * only ones; each Camunda group becomes a role ({@code ROLE_ceo}, {@code ROLE_operators}, ...). Members of
 * {@code camunda-admin} are refused: the engine lets them past every authorization, CEO gates included.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

  private final IdentityService identity;

  CamundaIdentityAuthentication(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String userId = attempt.getName();
    if (!StringUtils.hasText(userId) || !(attempt.getCredentials() instanceof String password)
        || !identity.checkPassword(userId, password)) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new DisabledException("Engine administrators do not sign in");
    }
    List<GrantedAuthority> roles = groups.stream()
        .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(BusinessGroups.role(group)))
        .toList();
    var signedIn = UsernamePasswordAuthenticationToken.authenticated(userId, null, roles);
    signedIn.setDetails(attempt.getDetails());
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
