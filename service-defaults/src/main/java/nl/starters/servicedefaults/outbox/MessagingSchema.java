package nl.starters.servicedefaults.outbox;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the backbone's tables (outbox, processed events) at start with a Flyway run of its own:
 * schema {@code messaging}, history {@code messaging.flyway_schema_history}, scripts in
 * {@code classpath:db/messaging}. A service's own migrations stay in {@code public} with their own history,
 * so the two never see each other's versions and need no baseline.
 */
class MessagingSchema implements InitializingBean {

    static final String SCHEMA = "messaging";

    private final JdbcTarget target;

    MessagingSchema(JdbcTarget target) {
        this.target = target;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure(MessagingSchema.class.getClassLoader())
                .dataSource(target.url(), target.user(), target.password())
                .schemas(SCHEMA)
                .locations("classpath:db/messaging")
                .connectRetries(target.connectRetries())
                .connectRetriesInterval(target.connectRetriesIntervalSeconds())
                .load()
                .migrate();
    }

    /** Where to migrate: the same database the service reaches through R2DBC. */
    record JdbcTarget(
            String url, String user, String password, int connectRetries, int connectRetriesIntervalSeconds) {}
}
