package io.github.camelpalomma.support;

import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/** Small helpers shared by the route tests. */
public final class PalommaTestSupport {

    private PalommaTestSupport() {
    }

    /** Loads YAML DSL routes into a running context, as Camel Main or JBang would load a routes file. */
    public static void loadYaml(CamelContext context, String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("test-" + System.nanoTime() + ".yaml", yaml));
    }
}
