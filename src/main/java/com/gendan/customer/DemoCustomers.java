package com.gendan.customer;

import static com.gendan.identity.DemoUser.ASSISTANT_CHEN;
import static com.gendan.identity.DemoUser.ASSISTANT_LIU;
import static com.gendan.identity.DemoUser.REP_WANG;
import static com.gendan.identity.DemoUser.REP_ZHAO;

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
 * Ten demo customers assigned to the demo assistants and sales reps, inserted at start-up when
 * {@code gendan.demo-data.enabled} is true and there are no customers yet. User ids are plain
 * strings here, so this does not wait for the demo users to exist.
 */
@Component
@ConditionalOnProperty(name = "gendan.demo-data.enabled", havingValue = "true")
class DemoCustomers implements ApplicationRunner {

  static final String CREATED_BY = "demo-data";

  private static final Logger LOG = LoggerFactory.getLogger(DemoCustomers.class);

  private static final CustomerTier PRIMARY = CustomerTier.PRIMARY;
  private static final CustomerTier SECONDARY = CustomerTier.SECONDARY;

  static final List<CustomerRequest> CUSTOMERS =
      List.of(
          new CustomerRequest(
              "C001",
              "苏州恒达电子有限公司",
              "Suzhou Hengda Electronics Co., Ltd.",
              PRIMARY,
              ASSISTANT_LIU,
              REP_WANG,
              60,
              new BigDecimal("2000000"),
              "CNY",
              25,
              true,
              false,
              "每箱需附出货检验报告；外箱标签须印客户料号",
              List.of(
                  contact(
                      "张伟",
                      "采购经理",
                      "0512-6588 1203",
                      "zhangwei@hengda-example.cn",
                      "0512-6588 1299",
                      true),
                  contact("李娜", "品质工程师", "0512-6588 1237", "lina@hengda-example.cn", null, false)),
              List.of(
                  address(AddressKind.REGISTERED, "江苏省苏州市工业园区星湖街328号"),
                  address(AddressKind.SHIPPING, "江苏省苏州市工业园区唯亭镇青丘街88号3号仓库"),
                  address(AddressKind.BILLING, "江苏省苏州市工业园区星湖街328号财务部"))),
          new CustomerRequest(
              "C002",
              "深圳市鑫源科技有限公司",
              "Shenzhen Xinyuan Technology Co., Ltd.",
              PRIMARY,
              ASSISTANT_LIU,
              REP_WANG,
              90,
              new BigDecimal("3000000"),
              "CNY",
              20,
              false,
              false,
              "送货须提前一天预约，仅限工作日9:00-16:00收货",
              List.of(
                  contact(
                      "陈志强",
                      "采购主管",
                      "0755-2698 4410",
                      "chenzq@xinyuan-example.com",
                      "0755-2698 4400",
                      true),
                  contact(
                      "黄丽", "计划员", "0755-2698 4415", "huangli@xinyuan-example.com", null, false)),
              List.of(
                  address(AddressKind.REGISTERED, "广东省深圳市宝安区西乡街道航城大道168号"),
                  address(AddressKind.SHIPPING, "广东省深圳市宝安区福永街道凤塘大道52号B栋1楼收货处"))),
          new CustomerRequest(
              "C003",
              "东莞市宏图塑胶制品有限公司",
              "Dongguan Hongtu Plastic Products Co., Ltd.",
              SECONDARY,
              ASSISTANT_CHEN,
              REP_ZHAO,
              30,
              new BigDecimal("300000"),
              "CNY",
              25,
              false,
              false,
              null,
              List.of(
                  contact(
                      "刘海涛",
                      "总经理助理",
                      "0769-8532 7781",
                      "liuht@hongtu-example.cn",
                      "0769-8532 7780",
                      true)),
              List.of(address(AddressKind.REGISTERED, "广东省东莞市长安镇乌沙社区兴发南路23号"))),
          new CustomerRequest(
              "C004",
              "宁波华瑞电器有限公司",
              "Ningbo Huarui Electric Appliance Co., Ltd.",
              PRIMARY,
              ASSISTANT_CHEN,
              REP_ZHAO,
              60,
              new BigDecimal("1500000"),
              "CNY",
              28,
              true,
              false,
              "外箱标签须印客户料号及生产批号；每批附RoHS检测报告",
              List.of(
                  contact(
                      "周静",
                      "采购经理",
                      "0574-8776 2301",
                      "zhoujing@huarui-example.cn",
                      "0574-8776 2399",
                      true),
                  contact("孙建国", "仓库主管", "0574-8776 2350", null, null, false)),
              List.of(
                  address(AddressKind.REGISTERED, "浙江省宁波市慈溪市周巷镇环城北路118号"),
                  address(AddressKind.SHIPPING, "浙江省宁波市慈溪市周巷镇环城北路118号2号仓"),
                  address(AddressKind.BILLING, "浙江省宁波市慈溪市周巷镇环城北路118号财务室"))),
          new CustomerRequest(
              "C005",
              "杭州景程智能科技有限公司",
              "Hangzhou Jingcheng Intelligent Technology Co., Ltd.",
              SECONDARY,
              ASSISTANT_LIU,
              REP_ZHAO,
              30,
              new BigDecimal("200000"),
              "CNY",
              25,
              false,
              false,
              null,
              List.of(
                  contact(
                      "吴晓峰", "硬件工程师", "0571-8691 5520", "wuxf@jingcheng-example.com", null, true)),
              List.of(address(AddressKind.REGISTERED, "浙江省杭州市滨江区长河街道江南大道3588号"))),
          new CustomerRequest(
              "C006",
              "无锡安泰精密机械有限公司",
              "Wuxi Antai Precision Machinery Co., Ltd.",
              SECONDARY,
              ASSISTANT_CHEN,
              REP_WANG,
              60,
              new BigDecimal("500000"),
              "CNY",
              15,
              false,
              true,
              null,
              List.of(
                  contact(
                      "郑凯",
                      "采购员",
                      "0510-8520 3316",
                      "zhengkai@antai-example.cn",
                      "0510-8520 3300",
                      true)),
              List.of(address(AddressKind.REGISTERED, "江苏省无锡市新吴区鸿山街道锡兴路66号"))),
          new CustomerRequest(
              "C007",
              "厦门联创光电股份有限公司",
              "Xiamen Lianchuang Optoelectronics Co., Ltd.",
              PRIMARY,
              ASSISTANT_LIU,
              REP_WANG,
              90,
              new BigDecimal("2500000"),
              "CNY",
              25,
              false,
              false,
              "每批出货附RoHS检测报告及材质证明；托盘须缠绕膜固定",
              List.of(
                  contact(
                      "林志明",
                      "供应链经理",
                      "0592-5713 882",
                      "linzm@lianchuang-example.com",
                      "0592-5713 800",
                      true),
                  contact(
                      "许婷",
                      "来料检验组长",
                      "0592-5713 865",
                      "xuting@lianchuang-example.com",
                      null,
                      false)),
              List.of(
                  address(AddressKind.REGISTERED, "福建省厦门市火炬高新区创新路17号"),
                  address(AddressKind.SHIPPING, "福建省厦门市集美区杏林湾路486号物料仓"))),
          new CustomerRequest(
              "C008",
              "上海佳讯通信设备有限公司",
              "Shanghai Jiaxun Communication Equipment Co., Ltd.",
              SECONDARY,
              ASSISTANT_CHEN,
              REP_ZHAO,
              30,
              new BigDecimal("400000"),
              "CNY",
              10,
              false,
              false,
              null,
              List.of(
                  contact(
                      "王敏",
                      "采购专员",
                      "021-5489 6623",
                      "wangmin@jiaxun-example.cn",
                      "021-5489 6600",
                      true)),
              List.of(address(AddressKind.REGISTERED, "上海市松江区九亭镇九新公路339号"))),
          new CustomerRequest(
              "C009",
              "合肥启明新能源科技有限公司",
              "Hefei Qiming New Energy Technology Co., Ltd.",
              PRIMARY,
              ASSISTANT_CHEN,
              REP_WANG,
              60,
              new BigDecimal("1800000"),
              "CNY",
              25,
              true,
              false,
              "寄存品每月5日前提供上月使用量",
              List.of(
                  contact("赵磊", "物控经理", "0551-6358 1120", "zhaolei@qiming-example.cn", null, true),
                  contact(
                      "钱芳",
                      "会计",
                      "0551-6358 1105",
                      "qianfang@qiming-example.cn",
                      "0551-6358 1100",
                      false)),
              List.of(
                  address(AddressKind.REGISTERED, "安徽省合肥市经济技术开发区繁华大道1266号"),
                  address(AddressKind.SHIPPING, "安徽省合肥市经济技术开发区紫云路218号寄存仓"))),
          new CustomerRequest(
              "C010",
              "香港德盛贸易有限公司",
              "Hong Kong Desheng Trading Co., Ltd.",
              SECONDARY,
              ASSISTANT_LIU,
              REP_ZHAO,
              60,
              new BigDecimal("200000"),
              "USD",
              25,
              false,
              false,
              "报关资料须随货提供英文装箱单",
              List.of(
                  contact(
                      "Kelvin Cheung",
                      "Purchasing Manager",
                      "+852 2345 6789",
                      "kelvin@desheng-example.hk",
                      "+852 2345 6700",
                      true)),
              List.of(address(AddressKind.REGISTERED, "香港九龙观塘道388号创纪之城1期12楼"))));

  private final CustomerRepository customers;
  private final Clock clock;

  DemoCustomers(CustomerRepository customers, Clock clock) {
    this.customers = customers;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (customers.count() > 0) {
      return;
    }
    Instant now = clock.instant();
    customers.saveAll(CUSTOMERS.stream().map(c -> new Customer(c, CREATED_BY, now)).toList());
    LOG.info("Inserted {} demo customers", CUSTOMERS.size());
  }

  private static CustomerContact contact(
      String name, String title, String phone, String email, String fax, boolean primary) {
    return new CustomerContact(name, title, phone, email, fax, primary);
  }

  private static CustomerAddress address(AddressKind kind, String text) {
    return new CustomerAddress(kind, text);
  }
}
