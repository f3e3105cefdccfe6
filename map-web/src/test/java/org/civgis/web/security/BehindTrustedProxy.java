package org.civgis.web.security;

import org.civgis.web.WebIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The app behind a reverse proxy on the same host: loopback is a trusted proxy, so a test stands
 * for any client by sending its address in {@code X-Forwarded-For}. Subclasses share one context.
 */
@TestPropertySource(properties = "civgis.trusted-proxies=127.0.0.1/8,::1")
abstract class BehindTrustedProxy extends WebIntegrationTest {}
