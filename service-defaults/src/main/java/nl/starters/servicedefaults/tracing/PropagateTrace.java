package nl.starters.servicedefaults.tracing;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * Sends the current trace's {@code traceparent} with the calls of a plain WebClient (one built without Boot's
 * observed builder, to keep its meters apart), so the service called continues the caller's trace. A WebClient
 * from Boot's {@code WebClient.Builder} needs none of this: its observation propagates the trace itself.
 */
public class PropagateTrace implements ExchangeFilterFunction {

    private final CurrentTrace trace;

    public PropagateTrace(CurrentTrace trace) {
        this.trace = trace;
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        return trace.traceParent()
                .map(parent -> ClientRequest.from(request)
                        .headers(headers -> headers.set(TraceParent.HEADER, parent.value()))
                        .build())
                .defaultIfEmpty(request)
                .flatMap(next::exchange);
    }
}
