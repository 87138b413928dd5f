package nl.starters.national.support;

import nl.starters.servicedefaults.branches.BranchRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The branch registry (config/branches.yml): which region each origin branch belongs to, for the filters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BranchRegistry.class)
class BranchRegistryConfiguration {}
