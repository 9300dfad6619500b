package com.businessbuilder.system.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items, which page it is, and how many items the whole list has. */
public record Listing<T>(List<T> items, int page, int size, long total) {

  /** The same page with each item shown as the caller sees it. */
  public <V> Listing<V> map(Function<T, V> view) {
    return new Listing<>(items.stream().map(view).toList(), page, size, total);
  }
}
