package com.gendan.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The company header of every document Gendan prints (the signed quote, the printable pages):
 * {@code gendan.company.*}, the manufacturer's name, address and phone.
 */
@ConfigurationProperties("gendan.company")
public record Letterhead(String name, String address, String phone) {

  public Letterhead {
    name = name == null || name.isBlank() ? "跟单示范制造有限公司" : name;
    address = address == null ? "" : address;
    phone = phone == null ? "" : phone;
  }
}
