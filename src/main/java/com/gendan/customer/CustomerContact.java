package com.gendan.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person at the customer; exactly one of a customer's contacts is the primary one. */
public record CustomerContact(
    @NotBlank(message = "不能为空") @Size(max = 50, message = "长度不能超过{max}个字符") String name,
    @Size(max = 50, message = "长度不能超过{max}个字符") String title,
    @Size(max = 30, message = "长度不能超过{max}个字符") String phone,
    @Email(message = "不是有效的电子邮箱地址") @Size(max = 100, message = "长度不能超过{max}个字符") String email,
    @Size(max = 30, message = "长度不能超过{max}个字符") String fax,
    boolean primary) {

  public CustomerContact {
    title = Texts.blankToNull(title);
    phone = Texts.blankToNull(phone);
    email = Texts.blankToNull(email);
    fax = Texts.blankToNull(fax);
  }

  /** One line for the change log. */
  String describe() {
    return Texts.joinPresent(
        " ",
        name,
        title,
        phone,
        email,
        fax == null ? null : "传真 " + fax,
        primary ? "（主要联系人）" : null);
  }
}
