package nl.starters.servicedefaults.members;

import nl.starters.servicedefaults.consumer.ConsumerConfiguration;
import nl.starters.servicedefaults.consumer.EventConsumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Every service that shows people keeps its own read copy of members.v1 (DESIGN.md section 3); a service
 * switches it on with {@code community.member-copy.enabled=true} and creates the {@code members} table.
 */
@AutoConfiguration(after = ConsumerConfiguration.class)
@ConditionalOnProperty("community.member-copy.enabled")
@ConditionalOnBean(EventConsumer.class)
public class MemberCopyConfiguration {

    @Bean
    MemberCopyListener memberCopyListener(
            EventConsumer consumer,
            DatabaseClient db,
            ObjectProvider<MemberErasureHandler> erasureHandlers,
            ObjectProvider<MemberArrivalHandler> arrivalHandlers) {
        return new MemberCopyListener(
                consumer,
                new MemberCopyWriter(db),
                erasureHandlers.orderedStream().toList(),
                arrivalHandlers.orderedStream().toList());
    }

    @Bean
    MemberCopyExport memberCopyExport(DatabaseClient db) {
        return new MemberCopyExport(db);
    }
}
