package com.businessbuilder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BusinessBuilderApplication {

  public static void main(String[] args) {
    SpringApplication.run(BusinessBuilderApplication.class, args);
  }
}
