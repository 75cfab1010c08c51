package com.gendan.customer;

import static com.gendan.identity.DemoUser.ASSISTANT_LIU;
import static com.gendan.identity.DemoUser.REP_WANG;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Customers for tests, as the customer API takes them. */
public final class TestCustomers {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private TestCustomers() {}

  /** A valid customer of liuyang and wangqiang with a new code. */
  public static Map<String, Object> valid() {
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("name", "杨帆");
    contact.put("title", "采购经理");
    contact.put("phone", "0519-8888 1234");
    contact.put("email", "yangfan@hongyuan-example.cn");
    contact.put("primary", true);
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("kind", "shipping");
    address.put("text", "江苏省常州市武进区湖塘镇长虹路8号");
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("code", "TC" + SEQUENCE.incrementAndGet());
    customer.put("chineseName", "常州宏远五金制品有限公司");
    customer.put("englishName", "Changzhou Hongyuan Hardware Co., Ltd.");
    customer.put("tier", "secondary");
    customer.put("assistantUserId", ASSISTANT_LIU);
    customer.put("salesRepUserId", REP_WANG);
    customer.put("paymentTermsDays", 30);
    customer.put("creditLimit", 300000);
    customer.put("contacts", new ArrayList<>(List.of(contact)));
    customer.put("addresses", new ArrayList<>(List.of(address)));
    return customer;
  }
}
