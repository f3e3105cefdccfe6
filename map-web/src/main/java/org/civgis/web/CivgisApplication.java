package org.civgis.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The web application: HTTP API, OGC API – Features and the map frontend. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CivgisApplication {

  public static void main(String[] args) {
    SpringApplication.run(CivgisApplication.class, args);
  }
}
