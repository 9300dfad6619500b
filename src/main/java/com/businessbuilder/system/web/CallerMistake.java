package com.businessbuilder.system.web;

import org.springframework.http.HttpStatus;

/** A request the caller must change before it can succeed; answered as a problem detail with the message. */
public class CallerMistake extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final String field;

  public CallerMistake(HttpStatus status, String title, String message) {
    this(status, title, message, null);
  }

  private CallerMistake(HttpStatus status, String title, String message, String field) {
    super(message);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  /** A 400 for one bad field or parameter, named in the problem's {@code errors}. */
  public static CallerMistake field(String field, String message) {
    return new CallerMistake(HttpStatus.BAD_REQUEST, "Invalid request", field + " " + message, field);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The field or parameter to correct, or null. */
  public String field() {
    return field;
  }
}
