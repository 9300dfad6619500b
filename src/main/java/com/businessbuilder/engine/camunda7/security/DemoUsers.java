package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.system.security.BusinessGroups;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One user per business group, password = user name, for trying the application on one's own machine. */
@Component
class DemoUsers {

  record DemoUser(String id, String firstName, String lastName, String group, String purpose) {
  }

  static final List<DemoUser> ALL = List.of(
      new DemoUser("ceo", "Cleo", "Chief", BusinessGroups.CEO, "works the approval gates in Tasklist"),
      new DemoUser("operator", "Otto", "Operator", BusinessGroups.OPERATORS, "Cockpit: watch, retry, suspend"),
      new DemoUser("owner", "Olivia", "Owner", BusinessGroups.PROCESS_OWNERS, "deploys models, Cockpit"),
      new DemoUser("api", "Api", "Client", BusinessGroups.INTEGRATIONS, "REST APIs only"),
      new DemoUser("admin", "Ada", "Admin", BusinessGroups.IDENTITY_ADMINS, "Admin: users, groups, authorizations"));

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identity;
  private final Environment environment;

  DemoUsers(IdentityService identity, Environment environment) {
    this.identity = identity;
    this.environment = environment;
  }

  void ensure() {
    for (DemoUser demo : ALL) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@business-builder.example");
        user.setPassword(demo.id());
        identity.saveUser(user);
      }
      if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
        identity.createMembership(demo.id(), demo.group());
      }
    }
    announce();
  }

  private void announce() {
    String address = environment.getProperty("server.address", "all interfaces");
    StringBuilder banner = new StringBuilder("\n")
        .append("==========================================================================\n")
        .append(" DEMO USERS ARE ACTIVE (bb.security.demo-users=true), password = user name:\n");
    for (DemoUser demo : ALL) {
      banner.append(String.format("   %-9s %-15s %s%n", demo.id(), demo.group(), demo.purpose()));
    }
    banner.append(isLoopback(address)
        ? " The application is bound to " + address + " (this machine only).\n"
        : " !! The application is bound to " + address + ": anyone who can reach it can sign in with these!\n");
    banner.append(" Use the prod profile (no demo users, BB_ADMIN_USER/BB_ADMIN_PASSWORD) for anything shared.\n")
        .append("==========================================================================");
    log.warn(banner.toString());
  }

  private static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
