package com.gendan.audit;

import java.util.Map;

/** What the engine's codes in a history mean, in the words of the people who read it. */
final class HistoryLabels {

  private static final Map<String, String> ACTIVITY_TYPES =
      Map.ofEntries(
          Map.entry("startEvent", "开始"),
          Map.entry("messageStartEvent", "收到消息开始"),
          Map.entry("timerStartEvent", "定时开始"),
          Map.entry("noneEndEvent", "结束"),
          Map.entry("terminateEndEvent", "终止"),
          Map.entry("errorEndEvent", "异常结束"),
          Map.entry("userTask", "任务"),
          Map.entry("serviceTask", "系统处理"),
          Map.entry("sendTask", "发送"),
          Map.entry("receiveTask", "等待回复"),
          Map.entry("businessRuleTask", "规则判断"),
          Map.entry("callActivity", "子流程"),
          Map.entry("subProcess", "子流程"),
          Map.entry("eventSubProcess", "事件子流程"),
          Map.entry("exclusiveGateway", "分支判断"),
          Map.entry("inclusiveGateway", "分支判断"),
          Map.entry("parallelGateway", "并行"),
          Map.entry("eventBasedGateway", "等待事件"),
          Map.entry("intermediateTimer", "定时等待"),
          Map.entry("intermediateMessageCatch", "等待消息"),
          Map.entry("intermediateSignalCatch", "等待信号"),
          Map.entry("intermediateNoneThrowEvent", "节点"),
          Map.entry("intermediateMessageThrowEvent", "发送消息"),
          Map.entry("boundaryTimer", "到期提醒"),
          Map.entry("boundaryMessage", "收到消息"),
          Map.entry("boundaryError", "业务异常"),
          Map.entry("boundaryEscalation", "升级"),
          Map.entry("boundarySignal", "收到信号"),
          Map.entry("multiInstanceBody", "多实例"));

  private static final Map<String, String> STATES =
      Map.of(
          "ACTIVE", "进行中",
          "SUSPENDED", "已挂起",
          "COMPLETED", "已完成",
          "EXTERNALLY_TERMINATED", "已撤销",
          "INTERNALLY_TERMINATED", "已终止");

  private static final Map<String, String> OPERATIONS =
      Map.ofEntries(
          Map.entry("Create", "发起"),
          Map.entry("Claim", "认领"),
          Map.entry("Assign", "指派"),
          Map.entry("Delegate", "委托"),
          Map.entry("Resolve", "委托完成"),
          Map.entry("SetOwner", "设置所有人"),
          Map.entry("Complete", "完成"),
          Map.entry("Update", "修改"),
          Map.entry("Delete", "删除"),
          Map.entry("SetVariable", "设置变量"),
          Map.entry("SetVariables", "设置变量"),
          Map.entry("ModifyVariable", "修改变量"),
          Map.entry("RemoveVariable", "删除变量"),
          Map.entry("DeleteHistory", "删除历史"),
          Map.entry("Suspend", "挂起"),
          Map.entry("Activate", "激活"),
          Map.entry("Migrate", "迁移版本"),
          Map.entry("ModifyProcessInstance", "修改流程位置"),
          Map.entry("SetJobRetries", "重试作业"),
          Map.entry("SetRemovalTime", "设置清理时间"),
          Map.entry("AddUserLink", "添加处理人"),
          Map.entry("DeleteUserLink", "移除处理人"),
          Map.entry("AddGroupLink", "添加候选组"),
          Map.entry("DeleteGroupLink", "移除候选组"),
          Map.entry("SetPriority", "设置优先级"),
          Map.entry("CreateIncident", "记录故障"),
          Map.entry("SetAnnotation", "添加备注"));

  private static final Map<String, String> PROPERTIES =
      Map.ofEntries(
          Map.entry("assignee", "处理人"),
          Map.entry("owner", "所有人"),
          Map.entry("dueDate", "到期时间"),
          Map.entry("followUpDate", "跟进时间"),
          Map.entry("priority", "优先级"),
          Map.entry("name", "名称"),
          Map.entry("description", "说明"),
          Map.entry("candidateGroups", "候选组"),
          Map.entry("candidateUser", "候选人"),
          Map.entry("processDefinitionVersion", "流程版本"),
          Map.entry("suspensionState", "状态"),
          Map.entry("nrOfVariables", "变量个数"),
          Map.entry("name_", "变量"),
          Map.entry("annotation", "备注"));

  private static final Map<String, String> INCIDENT_TYPES =
      Map.of("failedJob", "作业失败", "failedExternalTask", "外部任务失败");

  private HistoryLabels() {}

  static String activityType(String type) {
    return ACTIVITY_TYPES.getOrDefault(type, type);
  }

  static String state(String state) {
    return STATES.getOrDefault(state, state);
  }

  static String operation(String operationType) {
    return OPERATIONS.getOrDefault(operationType, operationType);
  }

  static String property(String property) {
    return PROPERTIES.getOrDefault(property, property);
  }

  static String incidentType(String type) {
    return INCIDENT_TYPES.getOrDefault(type, type);
  }
}
