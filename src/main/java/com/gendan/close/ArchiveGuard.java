package com.gendan.close;

import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPages;
import com.gendan.problem.ConflictException;
import com.gendan.problem.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A document of a closed month is read-only: every change through Gendan's API or a document page
 * ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api/orders/{id}/…},
 * {@code /api/samples/{id}/…}, {@code /api/complaints/{idOrNumber}/…}, {@code /api/quotes/…},
 * {@code /documents/complaints/{number}/…} and so on) of a document in the archive index is refused
 * before the handler runs — 409 with the reason in Chinese on the API, the same as a page on a
 * document page — so nothing changes. The guard sits in front of every edit path of every archived
 * kind, so an edit added later is held to it too.
 */
@Component
class ArchiveGuard implements HandlerInterceptor, WebMvcConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveGuard.class);

  /** {@code /api/<kind>/<id or number>/…} or {@code /documents/<kind>/<number>/…}. */
  private static final Pattern EDIT_PATH =
      Pattern.compile("/(api|documents)/([a-z-]+)/([A-Za-z0-9-]{1,30})(/.*)?");

  private final JdbcClient jdbc;
  private final DocumentPages pages;

  ArchiveGuard(JdbcClient jdbc, DocumentPages pages) {
    this.jdbc = jdbc;
    this.pages = pages;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**", DocumentLinks.ROOT + "/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    HttpMethod method = HttpMethod.valueOf(request.getMethod());
    if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
      return true;
    }
    Matcher path =
        EDIT_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!path.matches()) {
      return true;
    }
    Optional<ArchivedKind> kind = kindOf(path.group(2));
    if (kind.isEmpty()) {
      return true;
    }
    Optional<Archived> archived = archived(kind.get(), path.group(3));
    if (archived.isEmpty()) {
      return true;
    }
    String reason =
        kind.get().label()
            + " "
            + archived.get().number()
            + " 已于 "
            + archived.get().month()
            + " 月结归档，只读，不能再修改";
    LOG.info(
        "{} {} refused: {} {} is archived ({})",
        request.getMethod(),
        request.getRequestURI(),
        kind.get(),
        archived.get().number(),
        archived.get().month());
    if (path.group(1).equals("api")) {
      throw new ConflictException(reason, List.of(new FieldProblem("idOrNumber", reason)));
    }
    ResponseEntity<byte[]> page = pages.error(HttpStatus.CONFLICT, "单据已归档", reason);
    response.setStatus(page.getStatusCode().value());
    page.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    response.getOutputStream().write(page.getBody());
    return false;
  }

  private static Optional<ArchivedKind> kindOf(String segment) {
    for (ArchivedKind kind : ArchivedKind.values()) {
      if (kind.pathSegment().equals(segment)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private record Archived(String number, String month) {}

  /** The archived document a path names by its number (any letter case) or its id. */
  private Optional<Archived> archived(ArchivedKind kind, String idOrNumber) {
    boolean isId = idOrNumber.matches("[0-9]{1,18}");
    return jdbc.sql(
            "SELECT document_number, close_month FROM archived_document WHERE kind = :kind AND "
                + (isId ? "document_id = :id" : "document_number = :number"))
        .param("kind", kind.name())
        .param("id", isId ? Long.parseLong(idOrNumber) : 0L)
        .param("number", idOrNumber.toUpperCase(Locale.ROOT))
        .query((rs, i) -> new Archived(rs.getString(1), rs.getString(2)))
        .optional();
  }
}
