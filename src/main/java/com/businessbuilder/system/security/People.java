package com.businessbuilder.system.security;

import java.util.List;

/** Who is in a business group, with the address to reach them: from the identity store the users are kept in. */
public interface People {

  /** The members of the group, in a stable order; those without an e-mail address are left out. */
  List<Person> reachableMembers(String groupId);

  record Person(String id, String name, String email) {}
}
