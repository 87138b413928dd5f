package nl.starters.e2e;

import nl.starters.launcher.Federation;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands journeys the one federation of this test run: started on first use, kept in the root
 * store (closed when the run ends) and guarded by a shutdown hook.
 */
final class FederationExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Journey.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Gateway.class || type == Federation.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SharedFederation shared = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(SharedFederation.class, type -> SharedFederation.start(), SharedFederation.class);
        Federation federation = shared.federation();
        return parameter.getParameter().getType() == Federation.class
                ? federation
                : new Gateway(federation.plan().gateway().port());
    }
}
