package com.gendan.identity;

import java.util.List;

/**
 * The demo users created when {@code gendan.demo-data.enabled} is true: two assistants, two sales
 * reps and one of every other role. The admin comes from {@code camunda.bpm.admin-user}.
 */
public record DemoUser(String id, String familyName, String givenName, Role role) {

  public static final String ASSISTANT_LIU = "liuyang";
  public static final String ASSISTANT_CHEN = "chenjing";
  public static final String REP_WANG = "wangqiang";
  public static final String REP_ZHAO = "zhaomin";
  public static final String SALES_MANAGER = "sunli";
  public static final String GENERAL_MANAGER = "zhougang";
  public static final String FINANCE = "wufang";
  public static final String PRODUCTION = "zhengwei";
  public static final String QUALITY = "fenglei";
  public static final String WAREHOUSE = "heping";
  public static final String PURCHASING = "xuhui";
  public static final String AUDITOR = "linxue";
  public static final String PROCESS_OWNER = "tangjie";

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser(ASSISTANT_LIU, "刘", "洋", Role.SALES_ASSISTANT),
          new DemoUser(ASSISTANT_CHEN, "陈", "静", Role.SALES_ASSISTANT),
          new DemoUser(REP_WANG, "王", "强", Role.SALES_REP),
          new DemoUser(REP_ZHAO, "赵", "敏", Role.SALES_REP),
          new DemoUser(SALES_MANAGER, "孙", "丽", Role.SALES_MANAGER),
          new DemoUser(GENERAL_MANAGER, "周", "刚", Role.GENERAL_MANAGER),
          new DemoUser(FINANCE, "吴", "芳", Role.FINANCE),
          new DemoUser(PRODUCTION, "郑", "伟", Role.PRODUCTION),
          new DemoUser(QUALITY, "冯", "磊", Role.QUALITY),
          new DemoUser(WAREHOUSE, "何", "平", Role.WAREHOUSE),
          new DemoUser(PURCHASING, "徐", "辉", Role.PURCHASING),
          new DemoUser(AUDITOR, "林", "雪", Role.AUDITOR),
          new DemoUser(PROCESS_OWNER, "唐", "杰", Role.PROCESS_OWNER));

  public String displayName() {
    return familyName + givenName;
  }

  public String email() {
    return id + "@gendan.local";
  }
}
