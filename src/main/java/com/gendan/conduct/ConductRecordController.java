package com.gendan.conduct;

import com.gendan.data.IdOrNumber;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.problem.ForbiddenException;
import com.gendan.problem.InvalidRequestException;
import com.gendan.problem.NotFoundException;
import com.gendan.security.CurrentUser;
import com.gendan.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An assistant's conduct file (SPEC D14): seen by the assistant herself (what is recorded on it),
 * her own sales manager, the general manager and the auditors (every case, whatever its outcome).
 * Anyone else is refused a file (403) and told a case does not exist (404).
 */
@RestController
@Tag(name = "conduct-records", description = "业助从业行为档案：嘉奖与违规处理记录")
class ConductRecordController {

  static final String EXAMPLE_NUMBER = "JC-2026-00001";
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private final ConductCases cases;
  private final PeopleDirectory people;
  private final CurrentUsers currentUsers;

  ConductRecordController(ConductCases cases, PeopleDirectory people, CurrentUsers currentUsers) {
    this.cases = cases;
    this.people = people;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/conduct-records")
  @Operation(
      summary =
          "An assistant's conduct cases, newest first: her own file (recorded cases) for the"
              + " assistant, every case for her sales manager, the general manager and auditors")
  List<ConductRecordView> list(
      @Parameter(description = "业助的用户名，如 liuyang；业助本人可不填") @RequestParam(required = false)
          String assistant) {
    CurrentUser user = currentUsers.current();
    String wanted = assistant == null || assistant.isBlank() ? null : assistant.strip();
    if (wanted == null && user.hasRole(Role.SALES_ASSISTANT)) {
      wanted = user.userId();
    }
    if (wanted == null || !USER_ID.matcher(wanted).matches()) {
      throw InvalidRequestException.of("assistant", "请填写业助的用户名，如 liuyang");
    }
    Access access = access(user, wanted);
    if (access == Access.NONE) {
      throw new ForbiddenException("从业行为档案仅供业助本人、其业务主管、总经理和稽核查看");
    }
    UnaryOperator<String> names = people.namesLookedUpOnce();
    return cases.ofAssistant(wanted).stream()
        .filter(c -> access == Access.ALL || c.status() == ConductStatus.RECORDED)
        .map(c -> ConductRecordView.of(c, names))
        .toList();
  }

  @GetMapping("/api/conduct-records/{idOrNumber}")
  @Operation(summary = "One conduct case, by id or number")
  ConductRecordView find(
      @Parameter(description = "记录ID或编号，如 " + EXAMPLE_NUMBER) @PathVariable String idOrNumber) {
    IdOrNumber key =
        IdOrNumber.parse(idOrNumber, ConductCases.NUMBER, "idOrNumber", EXAMPLE_NUMBER);
    CurrentUser user = currentUsers.current();
    return key.find(cases::find, cases::findByNumber)
        .filter(
            c -> {
              Access access = access(user, c.assistantUserId());
              return access == Access.ALL
                  || (access == Access.RECORDED && c.status() == ConductStatus.RECORDED);
            })
        .map(c -> ConductRecordView.of(c, people.namesLookedUpOnce()))
        .orElseThrow(() -> new NotFoundException("从业行为记录 " + key + " 不存在"));
  }

  private enum Access {
    NONE,
    RECORDED,
    ALL
  }

  private Access access(CurrentUser user, String assistant) {
    if (user.hasRole(Role.GENERAL_MANAGER)
        || user.hasRole(Role.AUDITOR)
        || user.hasRole(Role.ADMIN)
        || people.salesManagerOf(assistant).filter(user.userId()::equals).isPresent()) {
      return Access.ALL;
    }
    return user.userId().equals(assistant) ? Access.RECORDED : Access.NONE;
  }
}
