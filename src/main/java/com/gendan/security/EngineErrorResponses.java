package com.gendan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.process.EngineActions;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.web.DatabaseUnavailableFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the engine REST API's failures (for scripts and for Tasklist and Cockpit alike) by what
 * went wrong, not with a 500 and an engine message: a form check in a listener is a 400 with its
 * Chinese message, a lost race (optimistic locking) or a task someone else holds a 409, a refused
 * permission a 403 that names no process instance, task or definition. The body keeps the shape
 * Camunda's clients read ({@code type}, {@code message}). A command that failed because the
 * database cannot be reached is left to {@link DatabaseUnavailableFilter} (503), as it is
 * everywhere else. Anything else passes unchanged.
 */
class EngineErrorResponses extends OncePerRequestFilter {

  static final String CONFLICT = "数据已被他人修改，请刷新后重试";
  static final String CLAIMED = "此任务已被他人领取";
  static final String FORBIDDEN = "您没有执行此操作的权限";
  static final String GONE = "所操作的对象不存在或已被他人处理，请刷新后重试";

  /** H2's SQLState for a lock it waited for in vain; PostgreSQL's lost races are class 40. */
  private static final String H2_LOCK_TIMEOUT = "HYT00";

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorResponses.class);

  private final EngineRestRoots roots;
  private final ProcessEngine engine;
  private final EngineActions engineActions;
  private final ObjectMapper objectMapper;

  EngineErrorResponses(
      EngineRestRoots roots,
      ProcessEngine engine,
      EngineActions engineActions,
      ObjectMapper objectMapper) {
    this.roots = roots;
    this.engine = engine;
    this.engineActions = engineActions;
    this.objectMapper = objectMapper;
  }

  private static final Answer GONE_TASK =
      new Answer(HttpStatus.NOT_FOUND, "NotFoundException", GONE);

  /**
   * Whether a call on a task failed because another request completed the task first. The loser
   * meets that in many forms (refused once the winner took the task's grants, "no current activity"
   * once the process moved on, …): whatever the engine says, a task that is gone is a task gone,
   * not a refusal or a server error. Failures the user caused keep their answer.
   */
  private boolean lostToAnotherRequest(HttpServletRequest request, Optional<Answer> answer) {
    if (answer.isPresent() && answer.get().status() != HttpStatus.FORBIDDEN) {
      return false;
    }
    EngineRestCall call = roots.callOf(request);
    return call.addressesTask()
        && engineActions.asEngine(
            () -> engine.getTaskService().createTaskQuery().taskId(call.id()).count() == 0);
  }

  /** What a failure is answered with. */
  record Answer(HttpStatus status, String type, String message) {}

  /** The answer for a failed command, or empty to leave the engine's own. */
  static Optional<Answer> answerFor(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidTaskInputException
          || cause instanceof TaskClaimedByOtherException) {
        HttpStatus status =
            cause instanceof InvalidTaskInputException
                ? HttpStatus.BAD_REQUEST
                : HttpStatus.CONFLICT;
        return Optional.of(
            new Answer(status, cause.getClass().getSimpleName(), cause.getMessage()));
      }
      if (cause instanceof TaskAlreadyClaimedException) {
        return Optional.of(new Answer(HttpStatus.CONFLICT, "TaskAlreadyClaimedException", CLAIMED));
      }
      if (cause instanceof NullValueException
          && cause.getMessage() != null
          && cause.getMessage().startsWith("Cannot find")) {
        // what a user addressed is gone: e.g. the task another request just completed
        return Optional.of(new Answer(HttpStatus.NOT_FOUND, "NotFoundException", GONE));
      }
      if (cause instanceof OptimisticLockingException
          || cause instanceof ConcurrencyFailureException
          || isLostRace(cause)) {
        return Optional.of(new Answer(HttpStatus.CONFLICT, "OptimisticLockingException", CONFLICT));
      }
      if (cause instanceof ExplainedRefusal) {
        return Optional.of(
            new Answer(HttpStatus.FORBIDDEN, "AuthorizationException", cause.getMessage()));
      }
      if (cause instanceof AuthorizationException) {
        return Optional.of(new Answer(HttpStatus.FORBIDDEN, "AuthorizationException", FORBIDDEN));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * What two requests on the same rows leave the loser with besides optimistic locking: a deadlock
   * or lock timeout, or a row the winner deleted under a new one's foreign key.
   */
  private static boolean isLostRace(Throwable cause) {
    if (cause instanceof ProcessEngineException engineFailure) {
      int code = engineFailure.getCode();
      return code == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()
          || code == BuiltinExceptionCode.DEADLOCK.getCode()
          || code == BuiltinExceptionCode.FOREIGN_KEY_CONSTRAINT_VIOLATION.getCode();
    }
    return cause instanceof SQLException sql
        && sql.getSQLState() != null
        && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals(H2_LOCK_TIMEOUT));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CommandFailures.clear();
    ErrorBuffer buffered = new ErrorBuffer(response);
    try {
      chain.doFilter(request, buffered);
      if (!buffered.isBuffering()) {
        return;
      }
      Optional<Throwable> failure = CommandFailures.last();
      if (failure.isPresent()
          && DatabaseUnavailableFilter.connectionFailure(failure.get()) != null) {
        // the database is away: answered 503 by DatabaseUnavailableFilter, as on every door
        throw new ServletException(failure.get());
      }
      // asking whether a task is gone runs a command of its own: read the failure first
      Optional<Answer> answer = failure.flatMap(EngineErrorResponses::answerFor);
      if (failure.isPresent() && lostToAnotherRequest(request, answer)) {
        answer = Optional.of(GONE_TASK);
      }
      if (answer.isEmpty()) {
        if (buffered.getStatus() >= 500) {
          // the engine REST API's own log of it is switched off (application.yaml): one entry
          LOG.error(
              "{} {} failed with {}",
              request.getMethod(),
              request.getRequestURI(),
              buffered.getStatus(),
              failure.orElse(null));
        }
        buffered.release();
        return;
      }
      LOG.info(
          "{} {} answered {}: {}",
          request.getMethod(),
          request.getRequestURI(),
          answer.get().status().value(),
          failure.get().getMessage());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", answer.get().type());
      body.put("message", answer.get().message());
      response.resetBuffer();
      response.setStatus(answer.get().status().value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      byte[] bytes = objectMapper.writeValueAsBytes(body);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    } finally {
      CommandFailures.clear();
    }
  }

  /**
   * Passes a successful response straight through; an error response (status 400 and up when its
   * body is first written) is held back, so that it can be answered anew.
   */
  private static final class ErrorBuffer extends HttpServletResponseWrapper {

    private ByteArrayOutputStream body;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ErrorBuffer(HttpServletResponse response) {
      super(response);
    }

    boolean isBuffering() {
      return body != null;
    }

    private boolean holdsBack() {
      if (body == null && getStatus() >= 400) {
        body = new ByteArrayOutputStream();
      }
      return body != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!holdsBack()) {
        return super.getOutputStream();
      }
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!holdsBack()) {
        return super.getWriter();
      }
      if (writer == null) {
        writer =
            new PrintWriter(
                new OutputStreamWriter(
                    getOutputStream(),
                    getCharacterEncoding() == null
                        ? StandardCharsets.UTF_8.name()
                        : getCharacterEncoding()));
      }
      return writer;
    }

    @Override
    public void setContentLength(int length) {
      if (!holdsBack()) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!holdsBack()) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!isContentLength(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!isContentLength(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setIntHeader(String name, int value) {
      if (!isContentLength(name)) {
        super.setIntHeader(name, value);
      }
    }

    @Override
    public void addIntHeader(String name, int value) {
      if (!isContentLength(name)) {
        super.addIntHeader(name, value);
      }
    }

    /** The length of a held-back body is set when it is written. */
    private boolean isContentLength(String name) {
      return "Content-Length".equalsIgnoreCase(name) && holdsBack();
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!holdsBack()) {
        super.flushBuffer();
      }
    }

    /** Writes the held-back error response as the engine wrote it. */
    void release() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      HttpServletResponse response = (HttpServletResponse) getResponse();
      response.setContentLength(body.size());
      body.writeTo(response.getOutputStream());
    }
  }
}
