package com.businessbuilder.notification;

import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts a message to a Slack incoming webhook ({@code POST <url>} with {@code {"text": ...}}; Slack answers 200
 * {@code ok}). The URL is a secret and is never logged.
 */
class SlackWebhook {

  private final RestClient http;
  private final String url;

  SlackWebhook(NotificationProperties.Slack slack) {
    this.url = slack.webhookUrl();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
        .connectTimeout(slack.timeout()).version(HttpClient.Version.HTTP_1_1).build());
    requests.setReadTimeout(slack.timeout());
    this.http = RestClient.builder().requestFactory(requests).build();
  }

  /**
   * @throws SlackFailed when Slack did not take the message (an error status, a timeout, no connection)
   */
  void post(String text) {
    try {
      http.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(Map.of("text", text)).retrieve()
          .toBodilessEntity();
    } catch (RestClientException e) {
      // the message names the status, not the URL
      throw new SlackFailed("Slack did not take the message: " + e.getClass().getSimpleName()
          + (e instanceof org.springframework.web.client.RestClientResponseException status
              ? " " + status.getStatusCode().value() : ""), e);
    }
  }

  static class SlackFailed extends RuntimeException {
    SlackFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
