package com.gendan.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled create demo users (and, in their packages, demo customers and products)
 * @param password the password of every demo user
 */
@ConfigurationProperties("gendan.demo-data")
public record DemoDataProperties(boolean enabled, String password) {}
