package org.adtrigger.streams.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects one {@link ScoredApp} shared by every test class of the run that asks for it: starting a broker
 * and the app takes most of such a test's time, and the tests only read its metrics. JUnit closes it when
 * the run ends (it sits in the root store).
 */
public final class SharedScoredApp implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedScoredApp.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ScoredApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(ScoredApp.class, type -> {
            try {
                return ScoredApp.start("scored-app");
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the app to scrape", e);
            }
        }, ScoredApp.class);
    }
}
