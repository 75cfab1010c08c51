package com.gendan.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One of a customer's addresses. */
public record CustomerAddress(
    @NotNull(message = "不能为空") AddressKind kind,
    @NotBlank(message = "不能为空") @Size(max = 300, message = "长度不能超过{max}个字符") String text) {

  /** One line for the change log. */
  String describe() {
    return (kind == null ? "" : kind.name().toLowerCase(java.util.Locale.ROOT) + ": ") + text;
  }
}
