package com.gendan.product;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Twenty demo products of an electronic components and packaging maker, inserted at start-up when
 * {@code gendan.demo-data.enabled} is true and there are no products yet.
 */
@Component
@ConditionalOnProperty(name = "gendan.demo-data.enabled", havingValue = "true")
class DemoProducts implements ApplicationRunner {

  static final String CREATED_BY = "demo-data";

  private static final Logger LOG = LoggerFactory.getLogger(DemoProducts.class);

  static final List<ProductRequest> PRODUCTS =
      List.of(
          product(
              "EC-R0603-103",
              "贴片电阻",
              "0603 10kΩ ±1% 1/10W，5000只/盘",
              "盘",
              "18.00",
              "15.50",
              "CNY",
              7,
              "10"),
          product(
              "EC-C0805-106",
              "贴片陶瓷电容",
              "0805 10μF 25V X5R ±10%，4000只/盘",
              "盘",
              "36.00",
              "31.00",
              "CNY",
              10,
              "10"),
          product(
              "EC-AL-477-35",
              "铝电解电容",
              "470μF 35V 10×16mm 105℃",
              "件",
              "0.4500",
              "0.3800",
              "CNY",
              14,
              "2000"),
          product(
              "EC-L-CD54-101",
              "功率电感",
              "CD54 100μH ±20% 0.52A",
              "件",
              "0.6200",
              "0.5200",
              "CNY",
              21,
              "1000"),
          product(
              "EC-CM-UU98-20",
              "共模电感",
              "UU9.8 20mH 0.6A 立式",
              "件",
              "1.3500",
              "1.1500",
              "CNY",
              21,
              "1000"),
          product(
              "EC-SW-6650",
              "轻触开关",
              "6×6×5mm 260gf 直插 4脚",
              "件",
              "0.0800",
              "0.0650",
              "CNY",
              14,
              "5000"),
          product(
              "EC-TB-KF301-2P",
              "接线端子",
              "KF301-2P 间距5.08mm 300V/16A 绿色",
              "件",
              "0.5500",
              "0.4600",
              "CNY",
              14,
              "1000"),
          product(
              "EC-PH-254-40",
              "排针",
              "2.54mm 单排40P 镀金 直针",
              "件",
              "0.3000",
              "0.2500",
              "CNY",
              10,
              "2000"),
          product(
              "EC-USB-C16",
              "USB Type-C 母座",
              "16P 沉板式 贴片 带定位柱",
              "件",
              "0.9500",
              "0.8000",
              "CNY",
              30,
              "1000"),
          product(
              "EC-PTC-1812-110",
              "自恢复保险丝",
              "1812 1.1A 16V 贴片",
              "件",
              "0.4200",
              "0.3500",
              "CNY",
              21,
              "2000"),
          product(
              "EC-TR-EE25-12",
              "开关电源变压器",
              "EE25 输入220V 输出12V 2A 卧式",
              "件",
              "6.8000",
              "5.9000",
              "CNY",
              35,
              "500"),
          product(
              "EC-LED-3R", "LED指示灯", "3mm 红色 雾状 直插", "件", "0.0500", "0.0400", "CNY", 7, "10000"),
          product(
              "EC-PCBA-CB200",
              "主控板组件",
              "GD-CB200 PCBA，含烧录与功能测试",
              "件",
              "12.5000",
              "11.0000",
              "USD",
              45,
              "200"),
          product(
              "EC-BLE-M50",
              "蓝牙模块",
              "BLE 5.0 板载天线 12×18mm",
              "件",
              "3.2000",
              "2.8500",
              "USD",
              45,
              "500"),
          product(
              "EC-WH-XH4-200",
              "端子线束",
              "JST-XH 2.54mm 4P 双头 200mm 26AWG",
              "条",
              "1.8000",
              "1.5000",
              "CNY",
              21,
              "1000"),
          product(
              "EC-SD-SN993-08",
              "无铅焊锡丝",
              "Sn99.3Cu0.7 直径0.8mm 含助焊剂",
              "kg",
              "168.0000",
              "150.0000",
              "CNY",
              10,
              "5"),
          product(
              "PK-ESD-200300",
              "防静电屏蔽袋",
              "200×300mm 平口 100只/包",
              "包",
              "28.0000",
              "24.0000",
              "CNY",
              10,
              "20"),
          product(
              "PK-BOX-K5-604040",
              "五层瓦楞纸箱",
              "K=K 600×400×400mm 双瓦楞",
              "箱",
              "8.6000",
              "7.4000",
              "CNY",
              14,
              "500"),
          product(
              "PK-EPE-10",
              "防静电珍珠棉",
              "EPE 厚10mm 1m×2m 粉红色",
              "张",
              "12.0000",
              "10.2000",
              "CNY",
              14,
              "100"),
          product(
              "PK-REEL-13-12",
              "编带卷盘",
              "13寸 适用12mm载带 防静电",
              "卷",
              "4.5000",
              "3.8000",
              "CNY",
              21,
              "500"));

  private final ProductRepository products;
  private final Clock clock;

  DemoProducts(ProductRepository products, Clock clock) {
    this.products = products;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (products.count() > 0) {
      return;
    }
    Instant now = clock.instant();
    products.saveAll(PRODUCTS.stream().map(p -> new Product(p, CREATED_BY, now)).toList());
    LOG.info("Inserted {} demo products", PRODUCTS.size());
  }

  private static ProductRequest product(
      String code,
      String name,
      String spec,
      String unit,
      String listPrice,
      String floorPrice,
      String currency,
      int leadTimeDays,
      String moq) {
    return new ProductRequest(
        code,
        name,
        spec,
        unit,
        new BigDecimal(listPrice),
        new BigDecimal(floorPrice),
        currency,
        leadTimeDays,
        new BigDecimal(moq));
  }
}
