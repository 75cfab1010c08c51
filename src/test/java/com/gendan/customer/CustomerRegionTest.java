package com.gendan.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a customer's goods go, read from its address as the assistant typed it. */
class CustomerRegionTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      江苏省苏州市工业园区唯亭镇青丘街88号3号仓库       | EAST
      上海市长宁区江苏路 100 号                         | EAST
      中国广东省深圳市宝安区福永街道凤塘大道52号          | SOUTH
      北京市海淀区中关村大街1号                         | NORTH
      湖北省武汉市东湖高新区                            | CENTRAL
      四川省成都市高新区                                | SOUTHWEST
      新疆维吾尔自治区乌鲁木齐市                        | NORTHWEST
      黑龙江省哈尔滨市南岗区                            | NORTHEAST
      内蒙古自治区呼和浩特市                            | NORTH
      香港九龙观塘道388号创纪之城1期12楼                 | HONG_KONG_MACAO_TAIWAN
      10 Anson Road, Singapore 079903                  | ABROAD
      某工业区3号厂房                                   | UNKNOWN
      """)
  void readsTheRegionFromTheAddress(String address, CustomerRegion region) {
    assertThat(CustomerRegion.of(address)).isEqualTo(region);
  }

  @Test
  void theShippingAddressDecidesThenTheRegisteredOne() {
    CustomerAddress registered = new CustomerAddress(AddressKind.REGISTERED, "广东省东莞市长安镇");
    CustomerAddress shipping = new CustomerAddress(AddressKind.SHIPPING, "浙江省宁波市慈溪市");
    CustomerAddress billing = new CustomerAddress(AddressKind.BILLING, "北京市朝阳区");

    assertThat(CustomerRegion.of(List.of(billing, registered, shipping)))
        .isEqualTo(CustomerRegion.EAST);
    assertThat(CustomerRegion.of(List.of(billing, registered))).isEqualTo(CustomerRegion.SOUTH);
    assertThat(CustomerRegion.of(List.of(billing))).isEqualTo(CustomerRegion.UNKNOWN);
    assertThat(CustomerRegion.of(List.of())).isEqualTo(CustomerRegion.UNKNOWN);
    assertThat(CustomerRegion.of((String) null)).isEqualTo(CustomerRegion.UNKNOWN);
  }
}
