package nl.starters.servicedefaults.backbone;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An HTTP write of the test service (public: see the test application's rules), for the tracing test. */
@RestController
class LedgerController {

    private final Ledger ledger;

    LedgerController(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/ledger/{key}")
    Mono<Void> record(@PathVariable String key) {
        return ledger.record(key, 1);
    }
}
