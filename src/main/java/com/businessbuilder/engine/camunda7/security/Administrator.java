package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.system.security.BusinessGroups;
import com.businessbuilder.system.security.SecuritySettings;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The administrator from the environment: an identity administrator (users, groups, authorizations in Admin) whose
 * password follows BB_ADMIN_PASSWORD on every start. It creates the CEO, operators and the others.
 */
@Component
class Administrator {

  private final IdentityService identity;

  Administrator(IdentityService identity) {
    this.identity = identity;
  }

  void ensure(SecuritySettings.Admin admin) {
    User user = identity.createUserQuery().userId(admin.username()).singleResult();
    if (user == null) {
      user = identity.newUser(admin.username());
      user.setFirstName("Administrator");
      user.setLastName("Business Builder");
    }
    user.setPassword(admin.password());
    identity.saveUser(user);
    if (identity.createUserQuery().userId(admin.username()).memberOfGroup(BusinessGroups.IDENTITY_ADMINS).count() == 0) {
      identity.createMembership(admin.username(), BusinessGroups.IDENTITY_ADMINS);
    }
  }
}
