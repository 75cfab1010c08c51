package com.gendan.complaint;

import com.gendan.complaint.ComplaintHandlingProcess.Category;
import com.gendan.complaint.ComplaintHandlingProcess.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A customer's complaint as the assistant (or quality) writes it down: about an order, one of its
 * shipments, or both (then the shipment must be the order's).
 */
public record ComplaintRequest(
    @NotNull(message = "不能为空") Long customerId,
    Long orderId,
    Long shipmentId,
    @NotNull(message = "请选择客诉类别") Category category,
    @NotNull(message = "请选择严重程度") Severity severity,
    @NotBlank(message = "请写明客户反映的问题") @Size(max = 2000, message = "长度不能超过{max}个字符")
        String description) {

  public ComplaintRequest {
    description = description == null ? null : description.strip();
  }
}
