package nl.starters.servicedefaults.export;

import java.util.UUID;
import reactor.core.publisher.Flux;

/**
 * One feature's share of a member's data export (GDPR art. 15 and 20): what it holds on the member,
 * under one kind name such as {@code posts}. A service's export gathers every such bean, so a feature
 * that starts holding member content adds its part and the export grows with it.
 */
public interface ExportPart {

    /** The key of these items in the export, e.g. {@code posts}, {@code questions}. */
    String kind();

    /** Everything of this kind held on the member, oldest first; empty when there is nothing. */
    Flux<?> itemsOf(UUID memberId);
}
