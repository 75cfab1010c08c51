package com.gendan.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param credentialCacheTtl how long a verified user and password is taken as verified without
 *     asking the Camunda identity again (with the user's groups and tenants as they were then);
 *     zero checks every request
 * @param credentialCacheSize how many users' verified logins are remembered at most
 */
@ConfigurationProperties("gendan.security")
record CredentialCacheProperties(
    @DefaultValue("PT60S") Duration credentialCacheTtl,
    @DefaultValue("10000") int credentialCacheSize) {}
