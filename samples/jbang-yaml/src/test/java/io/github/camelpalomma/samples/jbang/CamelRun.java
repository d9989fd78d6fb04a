package io.github.camelpalomma.samples.jbang;

import org.apache.camel.main.KameletMain;

/**
 * What {@code camel run payments.camel.yaml application.properties --dep=<gav> --kamelets-version=4.18.0} does, on the
 * engine behind it: KameletMain in JBang mode, the component resolved from Maven by its coordinates alone.
 */
final class CamelRun {

    private CamelRun() {
    }

    static KameletMain of(String dependency) {
        KameletMain main = new KameletMain("camel.jbang");
        main.addInitialProperty("camel.jbang.dependencies", dependency);
        main.addInitialProperty("camel.jbang.kameletsVersion", "4.18.0");
        main.addInitialProperty("camel.main.routesIncludePattern", "file:payments.camel.yaml");
        main.setPropertyPlaceholderLocations("file:application.properties");
        return main;
    }
}
