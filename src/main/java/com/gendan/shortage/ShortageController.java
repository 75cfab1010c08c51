package com.gendan.shortage;

import com.gendan.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "shortages", description = "短缺分配：主要客户优先，再按承诺交期，业务主管确认")
class ShortageController {

  private final ShortageApi shortageApi;
  private final CurrentUsers currentUsers;

  ShortageController(ShortageApi shortageApi, CurrentUsers currentUsers) {
    this.shortageApi = shortageApi;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/shortages")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Report a short product; a sales manager confirms the proposed allocation")
  ShortageApi.ShortageView report(@Valid @RequestBody ShortageRequest request) {
    return shortageApi.report(request, currentUsers.current());
  }
}
