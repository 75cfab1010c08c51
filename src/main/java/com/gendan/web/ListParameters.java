package com.gendan.web;

import com.gendan.data.Paging;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The filter and the page every document list takes, from the query string ({@code GET
 * /api/orders?customer=C001&page=2&size=50}), each bounded: a customer code as codes are written, a
 * page from 1 to {@value Paging#MAX_PAGE}, 1 to {@value Paging#MAX_SIZE} rows a page. The lists add
 * their own {@code status}.
 */
public record ListParameters(
    @Parameter(description = "客户编号（不区分大小写）：只列此客户的单据")
        @Size(max = 20, message = "客户编号长度不能超过{max}个字符")
        @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9_-]*)?", message = "客户编号只能包含字母、数字、下划线和短横线")
        String customer,
    @Parameter(description = "页码，从1开始，默认1")
        @Min(value = 1, message = "页码必须在1到" + Paging.MAX_PAGE + "之间")
        @Max(value = Paging.MAX_PAGE, message = "页码必须在1到" + Paging.MAX_PAGE + "之间")
        Integer page,
    @Parameter(description = "每页条数，1到100，默认20")
        @Min(value = 1, message = "每页条数必须在1到" + Paging.MAX_SIZE + "之间")
        @Max(value = Paging.MAX_SIZE, message = "每页条数必须在1到" + Paging.MAX_SIZE + "之间")
        Integer size) {

  /** The customer asked for, or null for every customer the user may see. */
  public String customerCode() {
    return customer == null || customer.isBlank() ? null : customer;
  }

  public Paging paging() {
    return new Paging(page == null ? 1 : page, size == null ? Paging.DEFAULT_SIZE : size);
  }
}
