package com.businessbuilder.system.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the caller's mistakes into RFC 7807 problem details that name each bad field, and never shows a stack
 * trace. Field errors are listed under {@code errors} as {@code {"field": ..., "message": ...}}.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(errors), errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // a @Valid body reports its fields; a constrained header or path variable reports itself
    List<FieldProblem> errors = ex.getParameterValidationResults().stream()
        .flatMap(result -> result instanceof ParameterErrors body
            ? body.getFieldErrors().stream().map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
            : result.getResolvableErrors().stream().map(error -> new FieldProblem(
                parameterName(result.getMethodParameter()), error.getDefaultMessage())))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(errors), errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable tooLarge = ex;
    while (tooLarge != null && !(tooLarge instanceof RequestChecks.BodyTooLarge)) {
      tooLarge = tooLarge.getCause();
    }
    if (tooLarge != null) {
      return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", tooLarge.getMessage(), List.of());
    }
    if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
      FieldProblem error = new FieldProblem(path(unknown), "is not a known field");
      return problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(List.of(error)), List.of(error));
    }
    if (ex.getCause() instanceof ControlCharacters.InText text) {
      FieldProblem error = new FieldProblem(path(text), ControlCharacters.MESSAGE);
      return problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(List.of(error)), List.of(error));
    }
    if (ex.getCause() instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
        && !mismatched.getPath().isEmpty()) {
      FieldProblem error = new FieldProblem(path(mismatched), "must be " + typeName(mismatched.getTargetType()));
      return problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(List.of(error)), List.of(error));
    }
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      FieldProblem error = new FieldProblem(path(mapping), "has the wrong type");
      return problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(List.of(error)), List.of(error));
    }
    String detail = ex.getCause() == null ? "The request body is missing" : "The request body is not valid JSON";
    return problem(HttpStatus.BAD_REQUEST, "Malformed request", detail, List.of());
  }

  @ExceptionHandler(CallerMistake.class)
  ResponseEntity<Object> callerMistake(CallerMistake ex) {
    String field = ex.field();
    return problem(ex.status(), ex.title(), ex.getMessage(), field == null ? List.of()
        : List.of(new FieldProblem(field, ex.getMessage().substring(field.length()).trim())));
  }

  private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail,
      List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors.stream()
          .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    }
    return ResponseEntity.status(status).body(problem);
  }

  private static String describe(List<FieldProblem> errors) {
    return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String parameterName(org.springframework.core.MethodParameter parameter) {
    var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
    if (header != null && !header.name().isEmpty()) {
      return header.name();
    }
    return parameter.getParameterName();
  }

  private static String typeName(Class<?> type) {
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class
        || type == java.math.BigInteger.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a text (a JSON string)";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    return "a " + type.getSimpleName().toLowerCase();
  }

  record FieldProblem(String field, String message) {}
}
