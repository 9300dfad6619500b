package com.businessbuilder.system.security;

import com.businessbuilder.system.web.ProblemWriter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down whoever keeps sending wrong passwords, per client address, instead of locking the account they
 * aim at (which would let anyone lock the CEO out). Every address may fail {@code failures} times per
 * {@code window}; an address that used its allowance up gets 429 with {@code Retry-After} for every sign-in
 * attempt (our form, HTTP Basic, Camunda's own login) until the window renews it. Right passwords cost nothing.
 */
class SignInThrottle extends OncePerRequestFilter {

  /** How many addresses are remembered; the least recently seen is forgotten first. */
  static final int ADDRESSES = 10_000;

  private final SecuritySettings.SignIn limit;
  private final String camundaLogin;
  private final ProblemWriter problems;
  private final TimeMeter time;
  private final Map<String, Bucket> failuresByAddress = Collections.synchronizedMap(
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > ADDRESSES;
        }
      });

  SignInThrottle(SecuritySettings.SignIn limit, String webapps, ProblemWriter problems, TimeMeter time) {
    this.limit = limit;
    this.camundaLogin = webapps + "/api/admin/auth/user/";
    this.problems = problems;
    this.time = time;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !carriesCredentials(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Bucket failures = failuresByAddress.computeIfAbsent(request.getRemoteAddr(), address -> newAllowance());
    if (failures.getAvailableTokens() <= 0) {
      refuse(request, response, failures.estimateAbilityToConsume(1));
      return;
    }
    chain.doFilter(request, response);
    if (failed(request, response)) {
      failures.tryConsume(1);
    }
  }

  private Bucket newAllowance() {
    return Bucket.builder()
        .addLimit(bandwidth -> bandwidth.capacity(limit.failures()).refillIntervally(limit.failures(), limit.window()))
        .withCustomTimePrecision(time)
        .build();
  }

  private boolean carriesCredentials(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
        || isFormLogin(request)
        || (HttpMethod.POST.matches(request.getMethod()) && request.getRequestURI().startsWith(camundaLogin)
            && request.getRequestURI().contains("/login/"));
  }

  private static boolean isFormLogin(HttpServletRequest request) {
    return HttpMethod.POST.matches(request.getMethod()) && "/login".equals(request.getRequestURI());
  }

  /** A wrong password: 401 for Basic and Camunda's login, back to the form with an error for ours. */
  private static boolean failed(HttpServletRequest request, HttpServletResponse response) {
    if (isFormLogin(request)) {
      String location = response.getHeader(HttpHeaders.LOCATION);
      return location != null && location.contains("/login?error");
    }
    return response.getStatus() == HttpStatus.UNAUTHORIZED.value();
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, EstimationProbe wait)
      throws IOException {
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait.getNanosToWaitForRefill()) + 1);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
        "Too many failed sign-ins from your address; try again in " + seconds + " s");
    problem.setTitle("Too many failed sign-ins");
    problem.setProperty("retryAfterSeconds", seconds);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    problems.write(request, response, problem);
  }
}
