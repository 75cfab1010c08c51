package com.gendan.sample;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The samples a customer approved, for order review; checks no permissions. */
@Service
@Transactional(readOnly = true)
public class SampleApprovals {

  private final SampleApprovalRepository approvals;
  private final SampleService sampleService;

  SampleApprovals(SampleApprovalRepository approvals, SampleService sampleService) {
    this.approvals = approvals;
    this.sampleService = sampleService;
  }

  public List<SampleApprovalView> forCustomer(long customerId, ProductCodes productCodes) {
    return approvals.findByCustomerIdOrderByIdDesc(customerId).stream()
        .map(approval -> approval.toView(productCodes.codeOf(approval.productId()),
            sampleService.load(approval.requestId()).sampleNumber()))
        .toList();
  }

  /** Resolves product ids to codes for the views. */
  @FunctionalInterface
  public interface ProductCodes {
    String codeOf(Long productId);
  }
}
