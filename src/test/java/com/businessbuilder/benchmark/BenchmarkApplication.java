package com.businessbuilder.benchmark;

import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.worker.TaskHandler;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What the pipeline benchmark adds to the application it starts (registered explicitly, never scanned): the bare
 * pipeline's handlers, which do nothing, so the model guard knows their topics and the application's worker serves
 * them; {@code POST /api/benchmark/bare-runs}, which starts a bare run the way {@code POST /api/leads} starts a lead's;
 * and a handle on the connection pool for its statistics.
 */
class BenchmarkApplication {

  static final String BARE_PROCESS = "benchmark-bare-pipeline";
  static final List<String> BARE_TOPICS = List.of("benchmark-bare-research", "benchmark-bare-intake",
      "benchmark-bare-qualification", "benchmark-bare-enrichment", "benchmark-bare-score-recording");
  static final List<String> BARE_MODELS = List.of("benchmark/benchmark-bare-pipeline.bpmn",
      "benchmark/benchmark-noop.dmn");

  static volatile HikariDataSource pool;

  @Bean
  TaskHandler bareResearch() {
    return noOp(BARE_TOPICS.get(0));
  }

  @Bean
  TaskHandler bareIntake() {
    return noOp(BARE_TOPICS.get(1));
  }

  @Bean
  TaskHandler bareQualification() {
    return noOp(BARE_TOPICS.get(2));
  }

  @Bean
  TaskHandler bareEnrichment() {
    return noOp(BARE_TOPICS.get(3));
  }

  @Bean
  TaskHandler bareScoreRecording() {
    return noOp(BARE_TOPICS.get(4));
  }

  /** Starts bare runs over HTTP, as the lead API starts leads' runs (a route, so no scan finds it). */
  @Bean
  RouterFunction<ServerResponse> bareRuns(ProcessRuns runs) {
    return RouterFunctions.route().POST("/api/benchmark/bare-runs", request -> {
      String key = UUID.randomUUID().toString();
      return ServerResponse.status(HttpStatus.CREATED)
          .body(Map.of("id", key, "processInstanceId", runs.start(BARE_PROCESS, key, Map.of())));
    }).build();
  }

  /** The application's pool, for its statistics. */
  @Bean
  static BeanPostProcessor poolStatistics() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource hikari) {
          pool = hikari;
        }
        return bean;
      }
    };
  }

  /**
   * The application's component scan would find the test sources' components and test configurations on the test
   * class path; the benchmark runs the application as it ships, plus this class.
   */
  static ApplicationContextInitializer<ConfigurableApplicationContext> shippedComponentsOnly() {
    return context -> context.getBeanFactory().registerSingleton("benchmarkTypeExcludeFilter", new TypeExcludeFilter() {
      @Override
      public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
          org.springframework.core.type.classreading.MetadataReaderFactory factory) {
        try {
          return reader.getResource().getURL().toString().contains("/test-classes/");
        } catch (IOException e) {
          return false;
        }
      }

      @Override
      public boolean equals(Object other) {
        return other == this;
      }

      @Override
      public int hashCode() {
        return System.identityHashCode(this);
      }
    });
  }

  private static TaskHandler noOp(String topic) {
    return Handlers.of(topic, item -> Map.of());
  }
}
