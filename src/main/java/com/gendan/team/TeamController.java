package com.gendan.team;

import com.gendan.identity.Role;
import com.gendan.security.CurrentUser;
import com.gendan.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sales manager's team view (Cockpit 团队工作): open work per assistant, stuck documents. */
@RestController
@RequestMapping("/api/team")
@Tag(name = "team", description = "团队工作：业助待办、停滞单据")
public class TeamController {

  private static final Role[] MANAGERS = {Role.SALES_MANAGER, Role.GENERAL_MANAGER};

  private final TeamWork teamWork;
  private final CurrentUsers currentUsers;

  TeamController(TeamWork teamWork, CurrentUsers currentUsers) {
    this.teamWork = teamWork;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/workload")
  @Operation(summary = "Each assistant's open tasks: how many, how many overdue, the oldest")
  List<TeamWork.Workload> workload() {
    requireManager();
    return teamWork.workload();
  }

  @GetMapping("/stuck")
  @Operation(
      summary =
          "Documents stuck at a step: tasks past their due date, waits for an answer longer than"
              + " gendan.team.stuck-after; the longest stuck first")
  List<TeamWork.StuckDocument> stuck() {
    requireManager();
    return teamWork.stuck();
  }

  private void requireManager() {
    currentUsers.current().requireAnyRole("团队工作仅供业务主管和总经理查看", MANAGERS);
  }

  /** Who sees the team view: the managers (and admins). */
  public static boolean mayView(CurrentUser user) {
    return user.hasRole(Role.ADMIN) || java.util.Arrays.stream(MANAGERS).anyMatch(user::hasRole);
  }
}
