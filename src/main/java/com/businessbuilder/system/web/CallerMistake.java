package com.businessbuilder.system.web;

import org.springframework.http.HttpStatus;

/** A request the caller must change before it can succeed; answered as a problem detail with the message. */
public class CallerMistake extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  public CallerMistake(HttpStatus status, String title, String message) {
    super(message);
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
