package io.crewdispatch.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for every Spring MVC error, with an {@code errors} list naming each
 * field at fault and why, so a client can fix its request without reading our code.
 */
@RestControllerAdvice
class FieldErrorsProblemHandler extends ResponseEntityExceptionHandler {

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                e ->
                    Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
            .toList();
    return problem(ex, headers, status, request, errors);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            e ->
                                Map.of(
                                    "field",
                                        String.valueOf(r.getMethodParameter().getParameterName()),
                                    "message", String.valueOf(e.getDefaultMessage()))))
            .toList();
    return problem(ex, headers, status, request, errors);
  }

  /**
   * A value JSON cannot turn into the field's type (a date like 2026-13-40, a role that is not
   * one): names the field when Jackson knows it; a body that is not JSON at all names none.
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field =
        ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()
            ? json.getPath().get(json.getPath().size() - 1).getPropertyName()
            : null;
    if (field == null) {
      ProblemDetail body =
          ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
      body.setTitle("Invalid request");
      body.setProperty("errors", List.of());
      return handleExceptionInternal(ex, body, headers, status, request);
    }
    return problem(
        ex,
        headers,
        status,
        request,
        List.of(Map.of("field", field, "message", "has a value of the wrong type or format")));
  }

  private ResponseEntity<Object> problem(
      Exception ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request,
      List<Map<String, String>> errors) {
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            errors.isEmpty()
                ? "The request is invalid."
                : "The request has " + errors.size() + " invalid field(s).");
    body.setTitle("Invalid request");
    body.setProperty("errors", errors);
    return handleExceptionInternal(ex, body, headers, status, request);
  }
}
