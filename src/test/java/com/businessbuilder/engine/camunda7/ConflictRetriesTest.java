package com.businessbuilder.engine.camunda7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.engine.RunNotWaiting;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A caller's writes and its message to a run, when the worker changes the same run at that moment: the engine's
 * conflict rolls the attempt back and the work runs again; only a run that stays busy reaches the caller.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConflictRetriesTest {

  @Autowired ProcessRuns runs;
  @Autowired JdbcClient jdbc;

  String key;

  @BeforeEach
  void probeTable() {
    jdbc.sql("create table if not exists conflict_probe (id varchar(36), probe varchar(36))").update();
    key = UUID.randomUUID().toString();
  }

  @Test
  void workThatLostARaceRunsAgainAndIsStoredOnce() {
    AtomicInteger attempts = new AtomicInteger();

    runs.inOneTransaction(() -> {
      write();
      if (attempts.incrementAndGet() < 3) {
        throw new OptimisticLockingException("the worker completed a task of the same run");
      }
    });

    assertThat(attempts).hasValue(3);
    assertThat(stored()).as("the lost attempts were rolled back").isOne();
  }

  @Test
  void aRunBusyAtEveryAttemptIsRefusedWithNothingStored() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> runs.inOneTransaction(() -> {
      attempts.incrementAndGet();
      write();
      throw new OptimisticLockingException("always raced");
    })).isInstanceOf(ProcessRuns.RunBusy.class).hasMessageContaining("always raced");

    assertThat(attempts).hasValue(Camunda7ProcessRuns.CONFLICT_ATTEMPTS);
    assertThat(stored()).isZero();
  }

  @Test
  void otherFailuresAreNotTriedAgain() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> runs.inOneTransaction(() -> {
      attempts.incrementAndGet();
      write();
      runs.correlate("NoSuchMessage", key, java.util.Map.of());
    })).isInstanceOf(RunNotWaiting.class);

    assertThat(attempts).hasValue(1);
    assertThat(stored()).isZero();
  }

  private void write() {
    jdbc.sql("insert into conflict_probe (id, probe) values (?, ?)").params(UUID.randomUUID().toString(), key)
        .update();
  }

  private long stored() {
    return jdbc.sql("select count(*) from conflict_probe where probe = ?").param(key).query(Long.class).single();
  }
}
