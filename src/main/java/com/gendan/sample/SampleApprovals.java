package com.gendan.sample;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The samples a customer approved: listed by the sample API, checked by order review; checks no
 * permissions.
 */
@Service
@Transactional(readOnly = true)
public class SampleApprovals {

  private final SampleApprovalRepository approvals;

  SampleApprovals(SampleApprovalRepository approvals) {
    this.approvals = approvals;
  }

  List<SampleApprovalView> forCustomer(long customerId, ProductCodes productCodes) {
    return approvals.findNumberedByCustomerId(customerId).stream()
        .map(numbered -> numbered.toView(productCodes.codeOf(numbered.approval().productId())))
        .toList();
  }

  /**
   * Whether the customer approved a sample whose spec contains this one, for this product or for no
   * product in particular.
   */
  public boolean covers(long customerId, long productId, String spec) {
    return approvals.existsCovering(customerId, productId, spec);
  }

  /**
   * The conditions under which the customer approved samples of this product (or of a spec
   * containing {@code spec}, for no product in particular), which mass production must respect: one
   * text each, naming the sample, e.g. "样品 YP-2026-00001 有条件通过（2026-12-04）：量产时每盘须加防潮包装".
   */
  public List<String> conditionsFor(long customerId, long productId, String spec) {
    return approvals.findNumberedByCustomerId(customerId).stream()
        .filter(numbered -> numbered.appliesWithConditions(productId, spec))
        .map(NumberedApproval::describeConditions)
        .toList();
  }

  /** Resolves product ids to codes for the views. */
  @FunctionalInterface
  interface ProductCodes {
    String codeOf(Long productId);
  }
}
