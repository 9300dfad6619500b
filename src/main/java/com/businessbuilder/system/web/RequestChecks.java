package com.businessbuilder.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Checks every call of the application's API before anything reads it: no control characters in the path or
 * in a query parameter, no path segment or parameter longer than anyone needs, and no body larger than
 * {@code bb.web.max-body-size} (413 at once when the length is declared, and as soon as the limit is passed
 * when it is not, so a huge body is never held). Each refusal is a problem detail naming what to change.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestChecks.Limits.class)
class RequestChecks {

  /**
   * @param maxBodySize the largest request body of the API, webhooks included
   * @param maxParameterLength the longest query parameter value
   * @param maxPathSegmentLength the longest part of a path between two slashes (ids are 36 characters)
   */
  @ConfigurationProperties("bb.web")
  record Limits(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("2000") int maxParameterLength,
      @DefaultValue("200") int maxPathSegmentLength) {}

  @Bean
  FilterRegistrationBean<Filter> apiRequestChecks(Limits limits, ProblemWriter problems) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(limits, problems));
    registration.addUrlPatterns("/api/*");
    // before security, so that a caller who sends nonsense learns why without a round of authentication
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final Limits limits;
    private final ProblemWriter problems;

    Filter(Limits limits, ProblemWriter problems) {
      this.limits = limits;
      this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String pathProblem = pathProblem(request.getRequestURI());
      if (pathProblem != null) {
        problems.writeField(request, response, HttpStatus.BAD_REQUEST, "path", pathProblem);
        return;
      }
      for (Map.Entry<String, String[]> parameter : queryParameters(request).entrySet()) {
        String problem = parameterProblem(parameter.getKey(), parameter.getValue());
        if (problem != null) {
          String name = ControlCharacters.in(parameter.getKey()) ? "query" : parameter.getKey();
          problems.writeField(request, response, HttpStatus.BAD_REQUEST, name, problem);
          return;
        }
      }
      long maxBody = limits.maxBodySize().toBytes();
      if (request.getContentLengthLong() > maxBody) {
        problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
        return;
      }
      chain.doFilter(new LimitedBody(request, maxBody, tooLarge()), response);
    }

    private String tooLarge() {
      return "The request body is larger than " + limits.maxBodySize().toKilobytes() + " KB";
    }

    private String pathProblem(String rawPath) {
      String path;
      try {
        path = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException badEncoding) {
        return "is not valid percent-encoding";
      }
      if (ControlCharacters.in(path)) {
        return ControlCharacters.MESSAGE;
      }
      for (String segment : path.split("/")) {
        if (segment.length() > limits.maxPathSegmentLength()) {
          return "has a part longer than " + limits.maxPathSegmentLength() + " characters";
        }
      }
      return null;
    }

    /** Only the query string's parameters: a form body is the controller's to read. */
    private static Map<String, String[]> queryParameters(HttpServletRequest request) {
      return request.getQueryString() == null ? Map.of() : request.getParameterMap();
    }

    private String parameterProblem(String name, String[] values) {
      if (ControlCharacters.in(name)) {
        return "has a parameter name with control characters";
      }
      for (String value : values) {
        if (ControlCharacters.in(value)) {
          return ControlCharacters.MESSAGE;
        }
        if (value.length() > limits.maxParameterLength()) {
          return "is longer than " + limits.maxParameterLength() + " characters";
        }
      }
      return null;
    }
  }

  /** A body read no further than the limit; reading past it fails with {@link BodyTooLarge}. */
  static final class LimitedBody extends HttpServletRequestWrapper {

    private final long limit;
    private final String message;
    private ServletInputStream limited;

    LimitedBody(HttpServletRequest request, long limit, String message) {
      super(request);
      this.limit = limit;
      this.message = message;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        ServletInputStream body = super.getInputStream();
        limited = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
              throw new BodyTooLarge(message);
            }
          }

          @Override
          public boolean isFinished() {
            return body.isFinished();
          }

          @Override
          public boolean isReady() {
            return body.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
          }
        };
      }
      return limited;
    }
  }

  /** The body went past the limit while it was read. */
  static final class BodyTooLarge extends IOException {

    BodyTooLarge(String message) {
      super(message);
    }
  }
}
