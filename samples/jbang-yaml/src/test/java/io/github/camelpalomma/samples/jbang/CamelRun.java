/*
 * Copyright the camel-palomma authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelpalomma.samples.jbang;

import org.apache.camel.main.KameletMain;

/**
 * What {@code camel run payments.camel.yaml application.properties --dep=<gav> --kamelets-version=4.18.0} does, on the
 * engine behind it: KameletMain in JBang mode, the component resolved from Maven by its coordinates alone.
 */
final class CamelRun {

    private CamelRun() {}

    static KameletMain of(String dependency) {
        KameletMain main = new KameletMain("camel.jbang");
        main.addInitialProperty("camel.jbang.dependencies", dependency);
        main.addInitialProperty("camel.jbang.kameletsVersion", "4.18.0");
        main.addInitialProperty("camel.main.routesIncludePattern", "file:payments.camel.yaml");
        main.setPropertyPlaceholderLocations("file:application.properties");
        return main;
    }
}
