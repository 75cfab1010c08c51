package com.gendan.customer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a customer is, as the transport lanes (DMN {@code transportLanes}) count it: a region of
 * mainland China by province, 港澳台, 境外 (an address in Latin script, abroad) or 未知 (no address, or
 * none Gendan can place). The label is what the decision table reads.
 */
public enum CustomerRegion {
  EAST("华东", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东"),
  SOUTH("华南", "广东", "广西", "海南"),
  NORTH("华北", "北京", "天津", "河北", "山西", "内蒙古"),
  CENTRAL("华中", "河南", "湖北", "湖南"),
  SOUTHWEST("西南", "重庆", "四川", "贵州", "云南", "西藏"),
  NORTHWEST("西北", "陕西", "甘肃", "青海", "宁夏", "新疆"),
  NORTHEAST("东北", "辽宁", "吉林", "黑龙江"),
  HONG_KONG_MACAO_TAIWAN("港澳台", "香港", "澳门", "台湾"),
  ABROAD("境外"),
  UNKNOWN("未知");

  private final String label;
  private final List<String> provinces;

  CustomerRegion(String label, String... provinces) {
    this.label = label;
    this.provinces = List.of(provinces);
  }

  public String label() {
    return label;
  }

  /**
   * The region of an address: the province (or city, for Shanghai and the like) named first in it;
   * an address with no Chinese characters is abroad; anything else is unknown.
   */
  public static CustomerRegion of(String address) {
    if (address == null || address.isBlank()) {
      return UNKNOWN;
    }
    CustomerRegion found = UNKNOWN;
    int first = Integer.MAX_VALUE;
    for (CustomerRegion region : values()) {
      for (String province : region.provinces) {
        int at = address.indexOf(province);
        if (at >= 0 && at < first) {
          first = at;
          found = region;
        }
      }
    }
    if (found == UNKNOWN && address.codePoints().noneMatch(CustomerRegion::isChinese)) {
      return ABROAD;
    }
    return found;
  }

  /** The region of the customer's shipping address, or else of its registered address. */
  static CustomerRegion of(List<CustomerAddress> addresses) {
    Map<AddressKind, String> first = new EnumMap<>(AddressKind.class);
    addresses.forEach(a -> first.putIfAbsent(a.kind(), a.text()));
    return of(first.getOrDefault(AddressKind.SHIPPING, first.get(AddressKind.REGISTERED)));
  }

  private static boolean isChinese(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
