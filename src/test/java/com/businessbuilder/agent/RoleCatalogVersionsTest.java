package com.businessbuilder.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The catalog in the database: the seed rule (a role file wins only with a newer version), adoption as the next
 * version, and the checks that keep the catalog valid (departments and reviewers that are there). Each test puts
 * the role it changed back as its next version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleCatalogVersionsTest {

  @Autowired AgentRoles roles;
  @Autowired RoleVersions versions;

  @Test
  void aRoleFileWinsOverTheDatabaseOnlyWithANewerVersion() {
    AgentRole pr = roles.require("pr");
    AgentRole edited = new AgentRole(pr.id(), pr.name(), pr.kind(), pr.department(), "Edited in the file",
        pr.accountabilities(), pr.domains(), pr.policies(), pr.skills(), pr.reviewedBy(), pr.version());
    try {
      versions.seed(List.of(edited));
      assertThat(roles.require("pr")).as("same version: the database's stays").isEqualTo(pr);

      versions.seed(List.of(RoleVersions.withVersion(edited, pr.version() + 5)));
      assertThat(roles.require("pr").purpose()).isEqualTo("Edited in the file");
      assertThat(roles.require("pr").version()).isEqualTo(pr.version() + 5);
    } finally {
      roles.adopt(pr, "test");
    }
  }

  @Test
  void anAdoptedRoleIsItsNextVersionForEveryReader() {
    AgentRole it = roles.require("it");
    AgentRole changed = new AgentRole(it.id(), it.name(), it.kind(), it.department(), it.purpose(),
        it.accountabilities(), it.domains(), List.of("Every account has an owner"), it.skills(), null, 1);
    try {
      AgentRole adopted = roles.adopt(changed, "record-1");

      assertThat(adopted.version()).isEqualTo(it.version() + 1);
      assertThat(roles.require("it")).isEqualTo(adopted);
      assertThat(roles.all()).contains(adopted).doesNotContain(it);
    } finally {
      roles.adopt(it, "test");
    }
  }

  @Test
  void theCatalogStaysValid() {
    AgentRole writer = roles.require("proposal-writer");
    AgentRole elsewhere = new AgentRole(writer.id(), writer.name(), writer.kind(), "astrology", writer.purpose(),
        writer.accountabilities(), writer.domains(), writer.policies(), writer.skills(), writer.reviewedBy(), 1);

    assertThat(roles.problemsAdopting(elsewhere)).containsExactly("role 'proposal-writer': field 'department' "
        + "'astrology' is not a department role");
    assertThat(roles.problemsRetiring("proposal-reviewer")).anyMatch(problem -> problem.contains("'proposal-reviewer' "
        + "is not a reviewer role"));
    assertThat(roles.problemsRetiring("sales")).anyMatch(problem -> problem.contains("'sales' is not a department"));
    assertThat(roles.problemsRetiring("nobody")).containsExactly("there is no role 'nobody' in force");
    assertThatThrownBy(() -> roles.adopt(elsewhere, "record-2")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("astrology");
    assertThat(roles.require("proposal-writer")).isEqualTo(writer);
  }
}
