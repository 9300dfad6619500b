package com.businessbuilder.engine.camunda7.security;


import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The webapps send everyone to Admin's "create the first administrator" page, and keep that page open to anyone,
 * for as long as the {@code camunda-admin} group has no member. Nobody here works as an engine administrator
 * (they skip every authorization check, CEO gates included), so the group gets this one account: its password
 * is random and never shown, and {@link CamundaIdentityAuthentication} refuses {@code camunda-admin} members.
 */
@Component
class SystemAccount {

  static final String ID = "bbsystem";

  private final IdentityService identity;
  private final SecureRandom random = new SecureRandom();

  SystemAccount(IdentityService identity) {
    this.identity = identity;
  }

  void ensure() {
    if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
      return;
    }
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Engine administrators (system account only)");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(ID).count() == 0) {
      User account = identity.newUser(ID);
      account.setFirstName("Business Builder");
      account.setLastName("System account (no sign-in)");
      account.setPassword(unguessable());
      identity.saveUser(account);
    }
    identity.createMembership(ID, Groups.CAMUNDA_ADMIN);
  }

  private String unguessable() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return Base64.getEncoder().encodeToString(secret);
  }
}
