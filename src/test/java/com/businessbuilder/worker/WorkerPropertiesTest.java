package com.businessbuilder.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WorkerPropertiesTest {

  @Test
  void theTasksOfAWorkerThatDiedAreFreeWithinHalfAMinuteWhileRunningOnesAreExtendedEveryTenSeconds() {
    WorkerProperties defaults = bind(Map.of());

    assertThat(defaults.lockDuration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.lockExtensionInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(WorkerProperties.defaults("tool", 4).lockDuration()).isEqualTo(defaults.lockDuration());
  }

  @Test
  void theWorkerReportsAtMostSixteenResultsAtOnceAndNeverNone() {
    assertThat(bind(Map.of()).maxCompleting()).isEqualTo(16);
    assertThat(bind(Map.of("bb.worker.max-completing", "4")).maxCompleting()).isEqualTo(4);
    assertThatThrownBy(() -> bind(Map.of("bb.worker.max-completing", "0")))
        .isInstanceOf(BindException.class)
        .hasRootCauseMessage("bb.worker.max-in-flight, max-tasks and max-completing must be at least 1");
  }

  @Test
  void theExtensionFollowsALongerLockUnlessItIsSet() {
    assertThat(bind(Map.of("bb.worker.lock-duration", "90s")).lockExtensionInterval())
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(bind(Map.of("bb.worker.lock-duration", "90s", "bb.worker.lock-extension-interval", "5s"))
        .lockExtensionInterval()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void anExtensionThatComesAfterTheLockRanOutIsRefused() {
    assertThatThrownBy(() -> bind(Map.of("bb.worker.lock-duration", "10s",
        "bb.worker.lock-extension-interval", "10s")))
        .isInstanceOf(BindException.class)
        .hasRootCauseMessage("bb.worker.lock-extension-interval must be shorter than the lock duration");
  }

  private static WorkerProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("bb.worker", WorkerProperties.class);
  }
}
