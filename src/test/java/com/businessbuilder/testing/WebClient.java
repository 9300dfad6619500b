package com.businessbuilder.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real HTTP client that keeps cookies like a browser, never follows redirects, and can send Basic credentials. */
public final class WebClient {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private String basicCredentials;

  public WebClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** A stateless API caller using HTTP Basic. */
  public static WebClient as(int port, String user, String password) {
    WebClient caller = new WebClient(port);
    caller.basicCredentials = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return caller;
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public HttpResponse<String> postJson(String path, String body, String... headers) {
    return send(request(path, headers).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> putJson(String path, String body, String... headers) {
    return send("PUT", path, "application/json", body, headers);
  }

  public HttpResponse<String> patchJson(String path, String body, String... headers) {
    return send("PATCH", path, "application/json", body, headers);
  }

  public HttpResponse<String> delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  /** Any request, as it is given: a method, a raw path and query, a body of a content type (or none). */
  public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder request = request(path, headers);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
    String body = form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A multipart/form-data POST, as Camunda Modeler deploys: the text fields, then one file part per file. */
  public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, byte[]> files) {
    String boundary = "----bb-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    files.forEach((name, content) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
          + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Follows redirects within the application, as a browser would. */
  public HttpResponse<String> browse(String path) {
    HttpResponse<String> response = get(path);
    for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
      response = get(location(response));
    }
    return response;
  }

  /** Signs in through our login form and answers where it sent the browser. */
  public String signIn(String user, String password) {
    HttpResponse<String> signedIn = postForm("/login",
        Map.of("username", user, "password", password, "_csrf", csrfToken()));
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException("sign-in answered " + signedIn.statusCode());
    }
    return location(signedIn);
  }

  public String csrfToken() {
    Matcher field = CSRF_FIELD.matcher(get("/login").body());
    if (!field.find()) {
      throw new IllegalStateException("no CSRF field on the login page");
    }
    return field.group(1);
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst().orElse(null);
  }

  /** The path and query of a redirect target. */
  public static String location(HttpResponse<String> response) {
    URI target = URI.create(response.headers().firstValue("Location").orElseThrow());
    String path = target.getRawPath();
    return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (basicCredentials != null) {
      request.header("Authorization", "Basic " + basicCredentials);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
