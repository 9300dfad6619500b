package com.businessbuilder.system.web;

import java.util.List;

/** One page of a list: its items, which page it is, and how many items the whole list has. */
public record Listing<T>(List<T> items, int page, int size, long total) {}
