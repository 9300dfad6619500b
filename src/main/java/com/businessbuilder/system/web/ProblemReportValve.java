package com.businessbuilder.system.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Requests Tomcat refuses before any filter sees them (a path with an encoded NUL, slash or backslash, invalid
 * UTF-8) are answered with a small problem detail instead of Tomcat's HTML page, as every other 4xx of the
 * application is.
 */
class ProblemReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable failure) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail = status == 400 ? "The address or request is malformed (encoded slashes, backslashes or control "
        + "characters, invalid UTF-8)" : title;
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
            + ",\"detail\":\"" + detail + "\"}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException ignored) {
      // the client is gone or the response was committed meanwhile: nothing more to say
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Installation {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
      return new WebServerFactoryCustomizer<>() {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
          factory.addContextCustomizers(context -> {
            ProblemReportValve valve = new ProblemReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            context.getParent().getPipeline().addValve(valve);
          });
        }
      };
    }
  }
}
