package com.gendan.bench.sql;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Puts a {@link SqlCounter} between the application and its DataSource: every bean of type
 * DataSource is wrapped once initialized, so Camunda, JPA and Flyway all go through it.
 */
public final class CountingDataSources implements BeanPostProcessor {

  private final SqlCounter counter;

  public CountingDataSources(SqlCounter counter) {
    this.counter = counter;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
      return wrap(dataSource, counter, beanName);
    }
    return bean;
  }

  public static DataSource wrap(DataSource dataSource, SqlCounter counter, String name) {
    return ProxyDataSourceBuilder.create(name, dataSource)
        .listener(counter)
        .methodListener(counter)
        .build();
  }
}
