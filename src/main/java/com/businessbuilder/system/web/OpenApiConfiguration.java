package com.businessbuilder.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description for Swagger UI ({@code /swagger-ui.html}): title, version and what it is for, HTTP Basic as
 * the one way to sign in (Swagger UI's Authorize button), and a group per pipeline besides the whole API
 * ({@code /v3/api-docs}, {@code /v3/api-docs/<group>}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BASIC = "basicAuth";

  @Bean
  OpenAPI businessBuilderApi(ObjectProvider<BuildProperties> build) {
    String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
    return new OpenAPI()
        .info(new Info().title("Business Builder API").version(version)
            .description("""
                Start and follow the company's pipelines: submit leads (client discovery), open deals and pass on \
                the client's messages (deal closing), read deliverables and their QA (quality gate), the agents \
                and every call they made, client mails, documents and invoices. Every route takes HTTP Basic \
                credentials (Authorize); which group may call which route is the matrix in docs/security.md. \
                CEO decisions are made in Tasklist or over the engine's REST API (/engine-rest).""")
            .license(new License().name("Open source")))
        .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("A user of the application (demo: api/api for integrations, ceo/ceo)")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  @Bean
  GroupedOpenApi everything() {
    return group("all", "The whole API", "/api/**");
  }

  @Bean
  GroupedOpenApi clientDiscovery() {
    return group("client-discovery", "Leads", "/api/leads/**", "/api/leads");
  }

  @Bean
  GroupedOpenApi dealClosing() {
    return group("deal-closing", "Deals, their mails and documents, the ledger", "/api/deals/**", "/api/deals",
        "/api/outbox/**", "/api/outbox", "/api/documents/**", "/api/documents", "/api/ledger/**");
  }

  @Bean
  GroupedOpenApi qualityAndAgents() {
    return group("quality-and-agents", "Deliverables, agents and their calls", "/api/deliverables/**",
        "/api/agents/**", "/api/agents", "/api/agent-calls/**", "/api/agent-calls");
  }

  private static GroupedOpenApi group(String name, String title, String... paths) {
    return GroupedOpenApi.builder().group(name).displayName(title).pathsToMatch(paths).build();
  }
}
