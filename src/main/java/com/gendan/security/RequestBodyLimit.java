package com.gendan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.web.ApiExceptionHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies of Gendan's API and of the engine REST API (both doors) are at most {@code
 * gendan.http.max-request-body}: a larger one is answered 413 before anything reads it, at once by
 * its Content-Length, or, sent in chunks without one, after reading one byte more than the limit.
 * Tomcat's own limits cover headers and form posts only, not JSON bodies.
 */
@Configuration
class RequestBodyLimit {

  /** Before everything else that might read a body (Spring Security, the engine's filters). */
  private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  @Bean
  FilterRegistrationBean<Filter> requestBodyLimitFilter(
      Properties properties, ObjectMapper objectMapper) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            new Filter(
                properties.maxRequestBody().toBytes(),
                properties.maxAttachmentBody().toBytes(),
                objectMapper));
    registration.setName("gendan-request-body-limit");
    registration.addUrlPatterns("/api/*", SecurityConfig.ENGINE_REST_ROOT + "/*", "/camunda/api/*");
    registration.setOrder(ORDER);
    return registration;
  }

  /**
   * @param maxRequestBody the largest request body accepted
   * @param maxAttachmentBody the largest body of an attachment upload ({@link #ATTACHMENT_UPLOAD}),
   *     which its API limits further by type and size
   */
  @ConfigurationProperties("gendan.http")
  record Properties(
      @DefaultValue("1MB") DataSize maxRequestBody,
      @DefaultValue("10MB") DataSize maxAttachmentBody) {}

  /** The uploads of a file (a complaint's photo or PDF), whose body is the file itself. */
  static final Pattern ATTACHMENT_UPLOAD = Pattern.compile("/api/complaints/[^/]+/attachments");

  static final class Filter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyLimit.class);

    private final long defaultLimit;
    private final long attachmentLimit;
    private final ObjectMapper objectMapper;

    Filter(long limit, long attachmentLimit, ObjectMapper objectMapper) {
      this.defaultLimit = limit;
      this.attachmentLimit = attachmentLimit;
      this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long limit =
          ATTACHMENT_UPLOAD.matcher(request.getRequestURI()).matches()
              ? attachmentLimit
              : defaultLimit;
      long length = request.getContentLengthLong();
      if (length > limit) {
        refuse(request, response, length, limit);
        return;
      }
      HttpServletRequest checked = request;
      if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(limit + 1));
        if (body.length > limit) {
          refuse(request, response, length, limit);
          return;
        }
        checked = new BufferedBodyRequest(request, body);
      }
      chain.doFilter(checked, response);
    }

    private void refuse(
        HttpServletRequest request, HttpServletResponse response, long length, long limit)
        throws IOException {
      LOG.info(
          "Refused {} {}: body of {} bytes over the limit of {}",
          request.getMethod(),
          request.getRequestURI(),
          length < 0 ? "more than " + limit : length,
          limit);
      ApiExceptionHandler.write(
          request, response, ApiExceptionHandler.tooLargeProblem(limit), objectMapper);
    }
  }
}
