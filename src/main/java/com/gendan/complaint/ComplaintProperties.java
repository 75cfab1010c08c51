package com.gendan.complaint;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Complaint settings (gendan.complaint.*). Durations and periods are ISO-8601.
 *
 * @param investigationPeriod how long quality has for root cause and countermeasure; when it has
 *     passed the sales managers are mailed
 * @param investigationReminder when quality is reminded of an open investigation
 * @param verificationAfter how long after the closure quality verifies that the countermeasure
 *     worked (and the period in which a repeat complaint counts)
 * @param reshipmentDue how long the warehouse has to re-ship reworked goods
 * @param remakeLeadTime the requested date of a replacement order, from the day it is raised
 * @param attachmentMaxSize the largest photo or PDF a complaint takes
 * @param attachmentTypes the content types a complaint takes (each checked against the file)
 * @param attachmentsPerComplaint how many files one complaint holds at most
 */
@ConfigurationProperties("gendan.complaint")
public record ComplaintProperties(
    @DefaultValue("P7D") Duration investigationPeriod,
    @DefaultValue("P5D") Duration investigationReminder,
    @DefaultValue("P30D") Duration verificationAfter,
    @DefaultValue("P3D") Period proposalDue,
    @DefaultValue("P2D") Period approvalDue,
    @DefaultValue("P7D") Period returnDue,
    @DefaultValue("P2D") Period returnCheckDue,
    @DefaultValue("P14D") Period closureDue,
    @DefaultValue("P7D") Period reshipmentDue,
    @DefaultValue("P3D") Period verificationDue,
    @DefaultValue("P14D") Period remakeLeadTime,
    @DefaultValue("5MB") DataSize attachmentMaxSize,
    @DefaultValue({"image/jpeg", "image/png", "application/pdf"}) List<String> attachmentTypes,
    @DefaultValue("20") int attachmentsPerComplaint) {}
