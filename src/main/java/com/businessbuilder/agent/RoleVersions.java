package com.businessbuilder.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The versions of every role in {@code bb_agent_role_version}, append only: the newest version of a role is in force,
 * unless it retires the role. The catalog in force is read again only when the number of versions changed, which
 * happens only by adding one, so every node sees an adopted version on its next read.
 */
@Repository
class RoleVersions {

  static final String SEED = "SEED";
  static final String GOVERNANCE = "GOVERNANCE";

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final AtomicReference<Snapshot> cached = new AtomicReference<>();

  RoleVersions(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  private record Snapshot(long versions, Map<String, AgentRole> roles) {}

  private record Version(AgentRole role, boolean retired) {}

  /**
   * Puts the role files into the catalog: a role the database does not know starts at its file's version, and a
   * file whose version is newer than the database's newest replaces it (a developer's deliberate change wins over
   * governance only by raising the version). Starting nodes may seed at once; the first one's row counts.
   */
  void seed(Collection<AgentRole> files) {
    Map<String, Integer> newest = jdbc.sql("select role_id, max(version) as version from bb_agent_role_version "
        + "group by role_id").query((rs, n) -> Map.entry(rs.getString("role_id"), rs.getInt("version"))).list()
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    for (AgentRole file : files) {
      Integer known = newest.get(file.id());
      if (known == null || file.version() > known) {
        try {
          insert(file, false, SEED, null);
        } catch (DuplicateKeyException seededByAnotherNode) {
          // the same file's version, written by a node that started at the same moment
        }
      }
    }
  }

  /** The roles in force, by id in id order; retired roles are left out. */
  Map<String, AgentRole> current() {
    long versions = jdbc.sql("select count(*) from bb_agent_role_version").query(Long.class).single();
    Snapshot snapshot = cached.get();
    if (snapshot != null && snapshot.versions() == versions) {
      return snapshot.roles();
    }
    Map<String, AgentRole> roles = newestVersions().stream().filter(version -> !version.retired())
        .map(Version::role).sorted(Comparator.comparing(AgentRole::id))
        .collect(Collectors.toMap(AgentRole::id, r -> r, (a, b) -> a, LinkedHashMap::new));
    Snapshot read = new Snapshot(versions, java.util.Collections.unmodifiableMap(roles));
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      cached.set(read); // a transaction may see its own versions before they are committed: never keep those
    }
    return read.roles();
  }

  /** The newest version number of a role, retired or not; 0 for a role never known. */
  int newestVersion(String roleId) {
    return jdbc.sql("select coalesce(max(version), 0) from bb_agent_role_version where role_id = ?")
        .param(roleId).query(Integer.class).single();
  }

  /** Adds the role's next version in the caller's transaction; the role's own version number is replaced. */
  AgentRole add(AgentRole role, boolean retired, String recordId) {
    AgentRole next = withVersion(role, newestVersion(role.id()) + 1);
    insert(next, retired, GOVERNANCE, recordId);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          cached.set(null);
        }
      });
    } else {
      cached.set(null);
    }
    return next;
  }

  private List<Version> newestVersions() {
    return jdbc.sql("select v.definition, v.retired from bb_agent_role_version v where v.version = "
            + "(select max(n.version) from bb_agent_role_version n where n.role_id = v.role_id)")
        .query((rs, n) -> new Version(parse(rs.getString("definition")), rs.getBoolean("retired"))).list();
  }

  private void insert(AgentRole role, boolean retired, String source, String recordId) {
    jdbc.sql("insert into bb_agent_role_version (role_id, version, definition, retired, source, record_id, "
            + "adopted_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(role.id(), role.version(), write(role), retired, source, recordId,
            Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)))
        .update();
  }

  static AgentRole withVersion(AgentRole role, int version) {
    return new AgentRole(role.id(), role.name(), role.kind(), role.department(), role.purpose(),
        role.accountabilities(), role.domains(), role.policies(), role.skills(), role.reviewedBy(), version);
  }

  private String write(AgentRole role) {
    try {
      return json.writeValueAsString(role);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Role " + role.id() + " cannot be written as JSON", e);
    }
  }

  private AgentRole parse(String definition) {
    try {
      return json.readValue(definition, AgentRole.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored role version is not a role: " + e.getOriginalMessage(), e);
    }
  }
}
