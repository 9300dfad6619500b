package com.businessbuilder.testing;

import com.businessbuilder.engine.camunda7.guard.ModelGuard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Releases the application's models in tests the way the application does at start (all of them in one deployment,
 * under their stable names), with some of them changed, as a process owner's next release would.
 */
@Component
public class Releases {

  private static final String[] PATTERNS = {"classpath*:processes/*.bpmn", "classpath*:dmn/*.dmn",
      "classpath*:forms/*.form", "classpath*:forms/*.html"};

  private final RepositoryService repository;
  private final ModelGuard guard;

  Releases(RepositoryService repository, ModelGuard guard) {
    this.repository = repository;
    this.guard = guard;
  }

  /** Deploys every model, those named in {@code changes} changed as given; returns the release's deployment id. */
  public String release(Map<String, UnaryOperator<String>> changes) throws IOException {
    var deployment = repository.createDeployment().name("business-builder").source("business-builder")
        .enableDuplicateFiltering(false);
    Map<String, byte[]> models = new TreeMap<>();
    shippedModels().forEach((name, content) -> models.put(name, changes.getOrDefault(name, UnaryOperator.identity())
        .apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
    models.forEach((name, content) -> deployment.addInputStream(name, new ByteArrayInputStream(content)));
    return guard.release(models, deployment::deploy).getId();
  }

  /** The models the application ships, under the names it releases them with, in name order. */
  public static Map<String, byte[]> shippedModels() throws IOException {
    Map<String, byte[]> models = new TreeMap<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    for (String pattern : PATTERNS) {
      String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
      for (Resource resource : resolver.getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          models.put(folder + "/" + resource.getFilename(), in.readAllBytes());
        }
      }
    }
    return models;
  }
}
