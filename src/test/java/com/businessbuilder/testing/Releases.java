package com.businessbuilder.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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

  Releases(RepositoryService repository) {
    this.repository = repository;
  }

  /** Deploys every model, those named in {@code changes} changed as given; returns the release's deployment id. */
  public String release(Map<String, UnaryOperator<String>> changes) throws IOException {
    var deployment = repository.createDeployment().name("business-builder").source("business-builder")
        .enableDuplicateFiltering(false);
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    for (String pattern : PATTERNS) {
      String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
      for (Resource resource : resolver.getResources(pattern)) {
        String name = folder + "/" + resource.getFilename();
        String text;
        try (InputStream in = resource.getInputStream()) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        deployment.addString(name, changes.getOrDefault(name, UnaryOperator.identity()).apply(text));
      }
    }
    return deployment.deploy().getId();
  }
}
