package nl.starters.member.support;

import static org.assertj.core.api.Assertions.assertThat;

import nl.starters.member.testing.MemberServiceTest;
import nl.starters.servicedefaults.testing.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** member-service's Prometheus page: a service of no branch, so no branch or region tag; lint-clean. */
@MemberServiceTest
class MetricsIntegrationTests {

    @LocalManagementPort
    int managementPort;

    @Test
    void servesALintCleanScrapeWithoutBranchTags() {
        String scrape = PrometheusScrape.of(managementPort);

        assertThat(scrape)
                .contains("outbox_oldest_unpublished_age_seconds{application=\"member-service\"}")
                .contains("r2dbc_pool_acquired_connections{application=\"member-service\",")
                .doesNotContain("branch=\"")
                .doesNotContain("region=\"");
        PrometheusScrape.saveAndLint("member-service", scrape);
    }
}
