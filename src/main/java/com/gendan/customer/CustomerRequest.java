package com.gendan.customer;

import com.gendan.data.Codes;
import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of a create or a (full) update of a customer. Left out: {@code statementDay} is 25, the
 * flags are false, the lists are empty, {@code creditLimitCurrency} is the default currency. Rules
 * across fields are in {@link CustomerRules}.
 */
record CustomerRequest(
    @NotBlank(message = "不能为空")
        @Size(max = 20, message = "长度不能超过{max}个字符")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "只能包含字母、数字、下划线和短横线")
        String code,
    @NotBlank(message = "不能为空") @Size(max = 100, message = "长度不能超过{max}个字符") String chineseName,
    @Size(max = 200, message = "长度不能超过{max}个字符") String englishName,
    @NotNull(message = "不能为空") CustomerTier tier,
    @NotBlank(message = "不能为空") @Size(max = 64, message = "长度不能超过{max}个字符") String assistantUserId,
    @NotBlank(message = "不能为空") @Size(max = 64, message = "长度不能超过{max}个字符") String salesRepUserId,
    @NotNull(message = "不能为空")
        @Min(value = 0, message = "不能小于{value}")
        @Max(value = 365, message = "不能大于{value}")
        Integer paymentTermsDays,
    @NotNull(message = "不能为空") @PositiveOrZero(message = "不能小于0") @Fits(Numbers.Column.AMOUNT)
        BigDecimal creditLimit,
    @Size(max = 3, message = "长度不能超过{max}个字符") String creditLimitCurrency,
    @Min(value = 1, message = "必须在1到28之间") @Max(value = 28, message = "必须在1到28之间")
        Integer statementDay,
    Boolean consignment,
    Boolean creditHold,
    @Size(max = 2000, message = "长度不能超过{max}个字符") String standingRequirements,
    @Size(max = 20, message = "最多{max}个")
        List<@NotNull(message = "不能为空") @Valid CustomerContact> contacts,
    @Size(max = 10, message = "最多{max}个")
        List<@NotNull(message = "不能为空") @Valid CustomerAddress> addresses)
    implements CustomerData {

  static final int DEFAULT_STATEMENT_DAY = 25;

  CustomerRequest {
    code = Codes.normalized(code);
    englishName = Texts.blankToNull(englishName);
    creditLimitCurrency = Texts.blankToNull(creditLimitCurrency);
    statementDay = statementDay == null ? DEFAULT_STATEMENT_DAY : statementDay;
    consignment = Boolean.TRUE.equals(consignment);
    creditHold = Boolean.TRUE.equals(creditHold);
    standingRequirements = Texts.blankToNull(standingRequirements);
    contacts = contacts == null ? List.of() : contacts;
    addresses = addresses == null ? List.of() : addresses;
  }

  /** This request with the given currency if it names none. */
  CustomerRequest withDefaultCurrency(String currency) {
    return creditLimitCurrency != null
        ? this
        : withCreditTerms(new CreditTerms(creditLimit, currency, paymentTermsDays));
  }

  /** This request with other credit terms (limit, currency, payment terms). */
  CustomerRequest withCreditTerms(CreditTerms terms) {
    return new CustomerRequest(
        code,
        chineseName,
        englishName,
        tier,
        assistantUserId,
        salesRepUserId,
        terms.paymentTermsDays(),
        terms.creditLimit(),
        terms.creditLimitCurrency(),
        statementDay,
        consignment,
        creditHold,
        standingRequirements,
        contacts,
        addresses);
  }

  /** This request with the credit hold set or lifted. */
  CustomerRequest withCreditHold(boolean hold) {
    return new CustomerRequest(
        code,
        chineseName,
        englishName,
        tier,
        assistantUserId,
        salesRepUserId,
        paymentTermsDays,
        creditLimit,
        creditLimitCurrency,
        statementDay,
        consignment,
        hold,
        standingRequirements,
        contacts,
        addresses);
  }

  /** The customer's data as a request that would leave it as it is. */
  static CustomerRequest of(CustomerData customer) {
    return new CustomerRequest(
        customer.code(),
        customer.chineseName(),
        customer.englishName(),
        customer.tier(),
        customer.assistantUserId(),
        customer.salesRepUserId(),
        customer.paymentTermsDays(),
        customer.creditLimit(),
        customer.creditLimitCurrency(),
        customer.statementDay(),
        customer.consignment(),
        customer.creditHold(),
        customer.standingRequirements(),
        customer.contacts(),
        customer.addresses());
  }
}
