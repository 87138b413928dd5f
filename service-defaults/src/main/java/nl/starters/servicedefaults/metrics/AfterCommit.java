package nl.starters.servicedefaults.metrics;

import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Runs a side effect (a meter moving) once the current reactive transaction committed, or at once when
 * there is none: a rolled-back write must not count.
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static Mono<Void> run(Runnable action) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isSynchronizationActive)
                .doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCommit() {
                        return Mono.fromRunnable(action);
                    }
                }))
                .onErrorResume(noTransaction -> Mono.empty())
                .switchIfEmpty(Mono.fromRunnable(action))
                .then();
    }
}
