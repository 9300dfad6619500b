package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.system.security.People;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The members of a group as the engine's identity store (Admin) keeps them. */
@Component
class CamundaPeople implements People {

  private final IdentityService identity;

  CamundaPeople(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public List<Person> reachableMembers(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
        .map(user -> new Person(user.getId(), name(user), user.getEmail()))
        .toList();
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
