package com.gendan.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.gendan.data.Labeled;
import com.gendan.problem.ConflictException;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.ForbiddenException;
import com.gendan.problem.InvalidRequestException;
import com.gendan.problem.NotFoundException;
import com.gendan.process.PlainText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the errors of Gendan's REST API into RFC 7807 problem bodies ({@code
 * application/problem+json}) with Chinese titles and details. Bad input is a 400 whose {@code
 * errors} property lists each bad field as {@code {field, message}}; a missing document is 404, a
 * clash with stored data 409, a refused action 403, a database that cannot be reached 503 ({@link
 * DatabaseUnavailableFilter}).
 */
@RestControllerAdvice(basePackages = "com.gendan")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  /** Name of the problem property that lists the bad fields. */
  public static final String ERRORS = "errors";

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private static final String TITLE_INVALID = "请求数据有误";
  private static final String TITLE_NOT_FOUND = "未找到";
  private static final String TITLE_FORBIDDEN = "无权访问";

  /** The detail of a 400 whose body is not JSON. */
  public static final String UNREADABLE_JSON = "请求内容不是有效的JSON";

  private static final Comparator<FieldProblem> BY_FIELD =
      Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message);

  private static final Map<Class<?>, String> FORMAT_EXAMPLES =
      Map.of(
          LocalDate.class, "年-月-日，如 2026-12-31",
          LocalDateTime.class, "年-月-日T时:分:秒，如 2026-12-31T09:30:00",
          OffsetDateTime.class, "带时区的时间，如 2026-12-31T09:30:00+08:00",
          Instant.class, "UTC 时间，如 2026-12-31T01:30:00Z");

  private final ObjectMapper objectMapper;

  public ApiExceptionHandler(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalidRequest(InvalidRequestException ex) {
    return invalidProblem(ex.problems());
  }

  /**
   * Answers a request with a problem body from outside Spring MVC (a servlet filter that refuses it
   * before anything else reads it), naming the request as the problem's instance.
   */
  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemDetail problem,
      ObjectMapper objectMapper)
      throws IOException {
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  /** The 400 body for content that cannot be read at all; also used outside Spring MVC. */
  public static ProblemDetail unreadableProblem(String detail) {
    return problem(HttpStatus.BAD_REQUEST, TITLE_INVALID, detail);
  }

  /** The 413 body of a request larger than {@code limit} bytes; used outside Spring MVC. */
  public static ProblemDetail tooLargeProblem(long limit) {
    return problem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "请求内容过大",
        "请求内容超过上限 " + DataSize.ofBytes(limit).toKilobytes() + " KB，未作任何处理");
  }

  /** The 403 body with a reason the user may read (Chinese); also used outside Spring MVC. */
  public static ProblemDetail forbiddenProblem(String detail) {
    return problem(HttpStatus.FORBIDDEN, TITLE_FORBIDDEN, detail);
  }

  public static ProblemDetail notFoundProblem(String detail) {
    return problem(HttpStatus.NOT_FOUND, TITLE_NOT_FOUND, detail);
  }

  /**
   * The 503 body while the database cannot be reached, for a client to try again later; used
   * outside Spring MVC ({@link DatabaseUnavailableFilter}).
   */
  static ProblemDetail unavailableProblem() {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用", "数据库暂时无法连接，请稍后重试");
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException ex) {
    return notFoundProblem(ex.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException ex) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "数据冲突", ex.getMessage());
    if (!ex.problems().isEmpty()) {
      problem.setProperty(ERRORS, ex.problems());
    }
    return problem;
  }

  /** Two users changed the same thing at once; the later one is refused and may try again. */
  @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
  ProblemDetail concurrentChange(RuntimeException ex) {
    LOG.info("Concurrent modification refused: {}", ex.getMessage());
    return problem(HttpStatus.CONFLICT, "数据冲突", "数据已被他人修改，请刷新后重试");
  }

  /**
   * The database refused what validation let through: a value its column cannot hold, or a unique
   * key another request took meanwhile. Nothing was saved; validation should have named the field,
   * so this is logged as a gap to close.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail constraintViolated(DataIntegrityViolationException ex) {
    LOG.warn("Database constraint violated by a request that passed validation", ex);
    return problem(HttpStatus.CONFLICT, "数据冲突", "数据不符合存储规则（如数值超出范围或编号重复），未保存任何修改，请检查后重试");
  }

  /** The process no longer waits for the message: someone else acted first, or it has ended. */
  @ExceptionHandler(MismatchingMessageCorrelationException.class)
  ProblemDetail processNotWaiting(MismatchingMessageCorrelationException ex) {
    LOG.info("Message not correlated: {}", ex.getMessage());
    return problem(HttpStatus.CONFLICT, "数据冲突", "流程当前不接受此操作，可能已被他人处理，请刷新后查看");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied(AccessDeniedException ex) {
    String detail = ex instanceof ForbiddenException ? ex.getMessage() : "您无权执行此操作";
    return forbiddenProblem(detail);
  }

  /**
   * The database cannot be reached: 503, as {@link DatabaseUnavailableFilter} answers it outside
   * Spring MVC (where it met every such failure while each request's login still went to the
   * database). Answered here too because Spring MVC takes a failure with an {@code EOFException}
   * among its causes, which is what PostgreSQL's driver reports for a connection cut off, for a
   * client that went away, and would answer 200 with no body. Any other failure of these types goes
   * on to Spring's own handling, as before.
   */
  @ExceptionHandler({
    TransactionException.class,
    DataAccessException.class,
    ProcessEngineException.class
  })
  ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex) {
    if (DatabaseUnavailableFilter.connectionFailure(ex) == null) {
      throw ex;
    }
    LOG.warn("Database unavailable, answered 503: {}", ex.toString());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailableFilter.RETRY_AFTER_SECONDS)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(unavailableProblem());
  }

  /** The process engine refused the user (e.g. starting a process their role may not start). */
  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail engineAccessDenied(AuthorizationException ex) {
    LOG.info("Engine refused {}: {}", ex.getUserId(), ex.getMessage());
    return forbiddenProblem("您无权执行此操作");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    ex.getBindingResult()
        .getFieldErrors()
        .forEach(
            e ->
                problems.add(
                    new FieldProblem(
                        e.getField(),
                        // a query parameter that cannot even be converted (page=abc)
                        e.isBindingFailure() ? "格式不正确" : e.getDefaultMessage())));
    ex.getBindingResult()
        .getGlobalErrors()
        .forEach(e -> problems.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
    return handleExceptionInternal(ex, invalidProblem(problems), headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ParameterValidationResult result : ex.getParameterValidationResults()) {
      String parameter = result.getMethodParameter().getParameterName();
      for (MessageSourceResolvable error : result.getResolvableErrors()) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
        problems.add(new FieldProblem(field, error.getDefaultMessage()));
      }
    }
    return handleExceptionInternal(
        ex, invalidProblem(problems), headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = ex.getPropertyName() != null ? ex.getPropertyName() : "value";
    Class<?> type = ex.getRequiredType();
    String message =
        type != null && type.isEnum()
            ? "不是有效的取值，可选："
                + Arrays.stream(type.getEnumConstants())
                    .map(
                        constant ->
                            constant instanceof Labeled labeled
                                ? ((Enum<?>) constant).name() + "（" + labeled.label() + "）"
                                : ((Enum<?>) constant).name())
                    .collect(Collectors.joining("、"))
            : "格式不正确";
    return handleExceptionInternal(
        ex, invalidProblem(List.of(new FieldProblem(field, message))), headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem;
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      FieldProblem bad = new FieldProblem(path(mapping), reason(mapping));
      if (mapping.getCause() instanceof JsonParseException parse
          && fieldBeingParsed(parse) != null) {
        // a value of an object in a list that could not even be parsed
        bad = new FieldProblem(bad.field() + "." + fieldBeingParsed(parse), unparsable(parse));
      }
      problem = invalidProblem(List.of(bad));
    } else if (ex.getCause() instanceof JsonParseException parse
        && fieldBeingParsed(parse) != null) {
      problem =
          invalidProblem(List.of(new FieldProblem(fieldBeingParsed(parse), unparsable(parse))));
    } else {
      problem = unreadableProblem(ex.getCause() == null ? "缺少请求内容" : UNREADABLE_JSON);
    }
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  /**
   * The 400 body listing bad fields; also used outside Spring MVC by code that must answer the same
   * way (the engine REST API's input guard).
   */
  public static ProblemDetail invalidProblem(List<FieldProblem> problems) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            TITLE_INVALID,
            "请检查以下字段："
                + problems.stream()
                    .map(FieldProblem::field)
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining("、")));
    problem.setProperty(ERRORS, problems.stream().sorted(BY_FIELD).toList());
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  /**
   * The JSON path of a mapping failure in Bean Validation's notation: {@code contacts[0].email}.
   */
  private static String path(JsonMappingException ex) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : ex.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Why a value could not be read, with what would have been right. */
  private String reason(JsonMappingException ex) {
    if (ex instanceof ApiJson.ControlCharactersException) {
      return PlainText.CONTROL_CHARACTERS;
    }
    Class<?> target = targetType(ex);
    if (target == null) {
      return "格式不正确";
    }
    if (target.isEnum()) {
      String allowed =
          Arrays.stream(target.getEnumConstants())
              .map(constant -> objectMapper.convertValue(constant, String.class))
              .collect(Collectors.joining(", "));
      return "不是有效的取值，可选：" + allowed;
    }
    if (FORMAT_EXAMPLES.containsKey(target)) {
      return "格式不正确，应为 " + FORMAT_EXAMPLES.get(target);
    }
    if (Number.class.isAssignableFrom(target)
        || (target.isPrimitive() && target != boolean.class)) {
      return "应为数字";
    }
    return "格式不正确";
  }

  /** The type Jackson tried to make, also when a {@code @JsonCreator} refused the value. */
  private static Class<?> targetType(JsonMappingException ex) {
    if (ex instanceof MismatchedInputException mismatch) {
      return mismatch.getTargetType();
    }
    if (ex instanceof ValueInstantiationException instantiation
        && instantiation.getType() != null) {
      return instantiation.getType().getRawClass();
    }
    return null;
  }

  /** Why a value could not be parsed: a number too long for Jackson, or no JSON at all. */
  private static String unparsable(JsonParseException ex) {
    return ex.getCause() instanceof StreamConstraintsException ? "数字位数过多" : "不是有效的JSON值";
  }

  private static String fieldBeingParsed(JsonParseException ex) {
    JsonParser parser = ex.getProcessor();
    return parser != null && parser.getParsingContext() != null
        ? parser.getParsingContext().getCurrentName()
        : null;
  }
}
