package org.civgis.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * How the browser caches the frontend.
 *
 * <ol>
 *   <li>{@code /assets/**} (the build's files, their content hash in the name) are cached for a
 *       year and never revalidated: {@code Cache-Control: public, max-age=31536000, immutable}. The
 *       build writes a brotli ({@code .br}) and a gzip ({@code .gz}) copy of each script and style
 *       sheet; a client that accepts one of them gets it, brotli first ({@code Content-Encoding},
 *       {@code Vary: Accept-Encoding}).
 *   <li>The pages ({@code index.html}, {@code field.html}) and everything else of {@code
 *       classpath:/static} are revalidated on every use ({@code Cache-Control: no-cache}, with
 *       {@code Last-Modified}; a conditional request is answered 304), so a new build is seen at
 *       once. This is set for Spring Boot's own static handler in {@code application.yml}.
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {
  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations("classpath:/static/assets/")
        .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
        .resourceChain(true)
        .addResolver(new BrotliFirst())
        .addResolver(new PathResourceResolver());
  }

  /**
   * Serves the brotli copy to every client that accepts it, whatever order it names its codings in
   * (browsers name gzip first, and Spring takes the client's order): it is a fifth smaller.
   */
  static final class BrotliFirst extends EncodedResourceResolver {
    private static final Pattern BROTLI = Pattern.compile("(^|,)\\s*br\\s*(,|;|$)");

    @Override
    protected Resource resolveResourceInternal(
        HttpServletRequest request,
        String requestPath,
        List<? extends Resource> locations,
        ResourceResolverChain chain) {
      String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
      if (accepted == null || !BROTLI.matcher(accepted).find()) {
        return super.resolveResourceInternal(request, requestPath, locations, chain);
      }
      String brotliFirst = "br, " + accepted;
      HttpServletRequest reordered =
          new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
              return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name)
                  ? brotliFirst
                  : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
              return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name)
                  ? Collections.enumeration(List.of(brotliFirst))
                  : super.getHeaders(name);
            }
          };
      return super.resolveResourceInternal(reordered, requestPath, locations, chain);
    }
  }
}
