package com.gendan.complaint;

import com.gendan.customer.CustomerContact;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.mail.Notifications;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every mail of the complaint process, through the outbox, one per event key. */
@Component
@Transactional
class ComplaintMails {

  private final Notifications notifications;
  private final ComplaintService complaintService;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;

  ComplaintMails(
      Notifications notifications,
      ComplaintService complaintService,
      CustomerDirectory customers,
      PeopleDirectory people) {
    this.notifications = notifications;
    this.complaintService = complaintService;
    this.customers = customers;
    this.people = people;
  }

  /**
   * A new complaint: one mail to quality and the departments its category concerns, and the
   * customer's acknowledgement with the complaint number.
   */
  void registered(long complaintId) {
    Complaint complaint = complaintService.load(complaintId);
    CustomerView customer = customer(complaint);
    Set<String> to = new LinkedHashSet<>(people.emailsOfGroup(Role.QUALITY.groupId()));
    complaint
        .category()
        .departments()
        .forEach(role -> to.addAll(people.emailsOfGroup(role.groupId())));
    notifications.toStaff(
        "complaint:" + complaintId + ":registered",
        List.copyOf(to),
        "客诉："
            + complaint.complaintNumber()
            + "（"
            + complaint.category().label()
            + "，"
            + complaint.severity().label()
            + "）",
        List.of(
            customer.chineseName() + " 反映：" + complaint.description(),
            "品保请在跟单系统的“调查客诉原因”任务中记录根本原因与对策；相关部门请配合调查。",
            "业助：" + people.displayName(customer.assistantUserId())));
    CustomerContact contact = customer.requireMailContact();
    notifications.toCustomer(
        "complaint:" + complaintId + ":acknowledged",
        List.of(contact.email()),
        "已收到贵司的反馈：" + complaint.complaintNumber(),
        contact.name() + " 您好：",
        List.of(
            "我司已收到贵司反映的问题，客诉编号为 " + complaint.complaintNumber() + "，往来联络请注明此编号。",
            "品保部门正在调查原因，我司业务助理 "
                + people.displayName(customer.assistantUserId())
                + " 会尽快与您商定处理方案。"));
  }

  /** Quality is reminded of an open investigation, once per firing of the reminder. */
  void investigationReminder(long complaintId, String firing) {
    Complaint complaint = complaintService.load(complaintId);
    notifications.toStaff(
        "complaint:" + complaintId + ":investigation-reminder:" + firing,
        people.emailsOfGroup(Role.QUALITY.groupId()),
        "提醒：请尽快完成客诉调查：" + complaint.complaintNumber(),
        List.of(
            customer(complaint).chineseName()
                + " 的客诉（"
                + complaint.category().label()
                + "）尚未记录根本原因与对策。",
            "请在跟单系统的“调查客诉原因”任务中填写。"));
  }

  /**
   * The open investigation (the first, or one after a reopen) is overdue: sales managers are told.
   */
  void investigationOverdue(long complaintId) {
    Complaint complaint = complaintService.load(complaintId);
    notifications.toStaff(
        "complaint:"
            + complaintId
            + ":investigation:"
            + (complaint.investigations() + 1)
            + ":overdue",
        people.emailsOfGroup(Role.SALES_MANAGER.groupId()),
        "客诉调查已逾期：" + complaint.complaintNumber(),
        List.of(
            customer(complaint).chineseName()
                + " 的客诉（"
                + complaint.category().label()
                + "，"
                + complaint.severity().label()
                + "）已超过期限，品保仍未记录根本原因与对策。",
            "请督促品保尽快完成调查。"));
  }

  private CustomerView customer(Complaint complaint) {
    return customers.findById(complaint.customerId()).orElseThrow();
  }
}
