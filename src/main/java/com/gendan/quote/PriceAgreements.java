package com.gendan.quote;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prices a customer has agreed to (order review prices orders by these). Where two accepted
 * quotes cover the same product on the same day, the later one counts.
 */
@Service
@Transactional(readOnly = true)
public class PriceAgreements {

  private final PriceAgreementRepository agreements;
  private final QuoteRepository quotes;

  PriceAgreements(PriceAgreementRepository agreements, QuoteRepository quotes) {
    this.agreements = agreements;
    this.quotes = quotes;
  }

  public List<PriceAgreementView> effective(long customerId, LocalDate day) {
    Map<Long, PriceAgreementView> latestPerProduct = new LinkedHashMap<>();
    for (PriceAgreement agreement : agreements.effectiveOn(customerId, day)) {
      PriceAgreementView view = agreement.toView(quoteNumber(agreement.quoteId()));
      latestPerProduct.putIfAbsent(view.productId(), view);
    }
    return List.copyOf(latestPerProduct.values());
  }

  public Optional<PriceAgreementView> effective(long customerId, long productId, LocalDate day) {
    return effective(customerId, day).stream().filter(a -> a.productId() == productId).findFirst();
  }

  private String quoteNumber(long quoteId) {
    return quotes.findById(quoteId).map(Quote::quoteNumber).orElse(null);
  }
}
