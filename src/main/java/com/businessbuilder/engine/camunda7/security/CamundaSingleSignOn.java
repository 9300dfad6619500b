package com.businessbuilder.engine.camunda7.security;


import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells Camunda who Spring Security signed in. Both filters run right after Spring Security's filter chain.
 * Without the engine REST one, REST calls would run as nobody, and the engine skips authorization checks for
 * nobody.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSingleSignOn {

  static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsSignIn(CamundaBpmProperties camunda) {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("Business Builder webapps sign-in");
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityUserProvider.class.getName());
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestSignIn(JerseyApplicationPath engineRest) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("Business Builder engine REST sign-in");
    registration.addUrlPatterns(engineRest.getUrlMapping());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityUserProvider.class.getName());
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }
}
