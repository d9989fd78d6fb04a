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
package io.github.camelpalomma.samples.gettingstarted;

import java.util.HashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.github.camelpalomma.PalommaComponent;

@SpringBootApplication
public class FirstApplication {

    public static void main(String[] args) {
        SpringApplication.run(FirstApplication.class, args);
    }

    /**
     * The palomma component, with the camel.component.palomma.* options of application.properties applied as Camel Main
     * applies them (camel-palomma has no Spring Boot starter to do it).
     */
    @Bean
    PalommaComponent palomma(CamelContext camel, Environment environment) {
        var options = new HashMap<String, Object>(Binder.get(environment)
                .bind("camel.component.palomma", Bindable.mapOf(String.class, String.class))
                .orElseGet(HashMap::new));
        PalommaComponent palomma = new PalommaComponent();
        PropertyBindingSupport.build().withIgnoreCase(true).bind(camel, palomma, options);
        return palomma;
    }
}
