package com.businessbuilder.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The pipelines that contributed a {@link PipelineBoard}, in the order a record travels through them (each board's
 * {@code @Order}): leads, deals, projects, initiatives.
 */
@Component
class Boards {

  private final ObjectProvider<PipelineBoard> boards;

  Boards(ObjectProvider<PipelineBoard> boards) {
    this.boards = boards;
  }

  List<PipelineBoard> all() {
    return boards.orderedStream().toList();
  }

  Optional<PipelineBoard> byProcess(String processId) {
    return all().stream().filter(board -> board.processId().equals(processId)).findFirst();
  }

  Optional<PipelineBoard> bySegment(String segment) {
    return all().stream().filter(board -> board.segment().equals(segment)).findFirst();
  }

  /** Titles of records of several pipelines: one query per pipeline that has any of the keys. */
  Map<String, String> titles(Map<String, ? extends Collection<String>> keysByProcess) {
    Map<String, String> titles = new HashMap<>();
    keysByProcess.forEach((processId, keys) -> byProcess(processId)
        .ifPresent(board -> titles.putAll(board.titles(keys))));
    return titles;
  }

  static <T> Map<String, List<String>> keysByProcess(Collection<T> rows,
      java.util.function.Function<T, String> process, java.util.function.Function<T, String> key) {
    return rows.stream().filter(row -> process.apply(row) != null && key.apply(row) != null)
        .collect(Collectors.groupingBy(process, Collectors.mapping(key, Collectors.toList())));
  }
}
