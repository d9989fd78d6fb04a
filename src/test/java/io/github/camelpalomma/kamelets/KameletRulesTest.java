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
package io.github.camelpalomma.kamelets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelpalomma.PalommaComponent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of apache/camel-kamelets (its validator and AGENTS.md), applied to every Kamelet this jar ships. Each test
 * collects every breach of one rule in every file, so a failure lists all of them at once.
 */
class KameletRulesTest {

    static final Path DIR = Path.of("src/main/resources/kamelets");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\?)?([A-Za-z0-9_.-]+)}}");
    static final Set<String> TYPES = Set.of("source", "sink", "action");

    static String componentVersion;

    record Kamelet(String file, Map<String, Object> root) {
        Map<String, Object> metadata() {
            return map(root, "metadata");
        }

        String name() {
            return (String) metadata().get("name");
        }

        String annotation(String key) {
            return (String) map(metadata(), "annotations").get("camel.apache.org/" + key);
        }

        String type() {
            return (String) map(metadata(), "labels").get("camel.apache.org/kamelet.type");
        }

        Map<String, Object> spec() {
            return map(root, "spec");
        }

        Map<String, Object> definition() {
            return map(spec(), "definition");
        }

        Map<String, Object> properties() {
            return map(definition(), "properties");
        }

        @SuppressWarnings("unchecked")
        Set<String> required() {
            return new LinkedHashSet<>((List<String>) definition().getOrDefault("required", List.of()));
        }

        Object template() {
            return spec().get("template");
        }

        @SuppressWarnings("unchecked")
        List<String> dependencies() {
            return (List<String>) spec().getOrDefault("dependencies", List.of());
        }

        @Override
        public String toString() {
            return file;
        }
    }

    @BeforeAll
    static void readComponentVersion() throws IOException {
        try (InputStream in =
                PalommaComponent.class.getResourceAsStream("/META-INF/io/github/camelpalomma/palomma.json")) {
            componentVersion = new ObjectMapper()
                    .readTree(in)
                    .path("component")
                    .path("version")
                    .asText();
        }
    }

    static List<Kamelet> kamelets() throws IOException {
        List<Kamelet> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.sorted().toList()) {
                assertThat(file.getFileName().toString())
                        .as("only Kamelets in kamelets/")
                        .endsWith(".kamelet.yaml");
                Object root = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
                all.add(new Kamelet(file.getFileName().toString(), cast(root)));
            }
        }
        return all;
    }

    @Test
    void theJarShipsTheFourPalommaKamelets() throws IOException {
        assertThat(kamelets())
                .extracting(Kamelet::name)
                .containsExactlyInAnyOrder(
                        "palomma-create-payin-link-action",
                        "palomma-create-payout-request-action",
                        "palomma-get-action",
                        "palomma-webhook-source");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void identity(Kamelet k) {
        List<String> breaches = new ArrayList<>();
        check(
                breaches,
                "camel.apache.org/v1".equals(k.root().get("apiVersion")),
                "apiVersion must be camel.apache.org/v1");
        check(breaches, "Kamelet".equals(k.root().get("kind")), "kind must be Kamelet");
        check(breaches, k.file().equals(k.name() + ".kamelet.yaml"), "file name must be metadata.name + .kamelet.yaml");
        check(breaches, TYPES.contains(k.type()), "label camel.apache.org/kamelet.type must be source, sink or action");
        check(breaches, k.name() != null && k.name().endsWith("-" + k.type()), "name must end with -" + k.type());
        String title = (String) k.definition().get("title");
        check(
                breaches,
                title != null && k.type() != null && title.endsWith(capitalized(k.type())),
                "title must end with " + capitalized(String.valueOf(k.type())));
        check(breaches, "camel-palomma".equals(k.annotation("provider")), "provider must be camel-palomma");
        check(breaches, "Palomma".equals(k.annotation("kamelet.group")), "group must be Palomma");
        check(breaches, "Payments".equals(k.annotation("kamelet.namespace")), "namespace must be Payments");
        check(breaches, k.annotation("kamelet.support.level") != null, "support level is missing");
        check(
                breaches,
                componentVersion.equals(k.annotation("catalog.version")),
                "catalog.version must be " + componentVersion);
        assertThat(breaches).as(k.file()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void iconIsAnEmbeddedSvg(Kamelet k) throws Exception {
        String icon = k.annotation("kamelet.icon");
        String prefix = "data:image/svg+xml;base64,";
        assertThat(icon).as(k.file() + " icon").startsWith(prefix);
        byte[] svg = Base64.getDecoder().decode(icon.substring(prefix.length()));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg))
                .getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(new String(svg, StandardCharsets.UTF_8))
                .as("no external references")
                .doesNotContain("href");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void definitionIsADescribedJsonSchema(Kamelet k) {
        List<String> breaches = new ArrayList<>();
        Map<String, Object> def = k.definition();
        check(breaches, "object".equals(def.get("type")), "definition.type must be object");
        check(breaches, notBlank(def.get("description")), "definition.description is missing");
        check(breaches, k.properties().keySet().containsAll(k.required()), "required names an undeclared property");
        k.properties().forEach((name, value) -> {
            Map<String, Object> p = cast(value);
            check(breaches, notBlank(p.get("type")), name + ": type is missing");
            check(breaches, notBlank(p.get("description")), name + ": description is missing");
            String title = (String) p.get("title");
            check(
                    breaches,
                    title != null && title.matches("[A-Z][A-Za-z]*( [A-Z][A-Za-z]*)*"),
                    name + ": title must be capitalised words");
            check(
                    breaches,
                    title == null || !title.matches("(The|A|An) .*"),
                    name + ": title must not start with The/A/An");
            if (p.get("enum") instanceof List<?> values && p.containsKey("default")) {
                check(breaches, values.contains(p.get("default")), name + ": default is not one of the enum values");
            }
        });
        assertThat(breaches).as(k.file()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void secretsAreMaskedCredentials(Kamelet k) {
        List<String> breaches = new ArrayList<>();
        k.properties().forEach((name, value) -> {
            Map<String, Object> p = cast(value);
            boolean password = "password".equals(p.get("format"));
            boolean credentials =
                    p.get("x-descriptors") instanceof List<?> d && d.contains("urn:camel:group:credentials");
            if (name.matches("(?i).*(key|secret|token|password).*")) {
                check(breaches, password, name + ": a secret needs format: password");
            }
            check(
                    breaches,
                    password == credentials,
                    name + ": format: password and x-descriptors [urn:camel:group:credentials] go together");
        });
        assertThat(breaches).as(k.file()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void everyPropertyIsUsedAndEveryPlaceholderDeclared(Kamelet k) {
        Set<String> used = new TreeSet<>();
        List<String> breaches = new ArrayList<>();
        for (String text : strings(k.template(), new ArrayList<>())) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                String name = m.group(2);
                used.add(name);
                Map<String, Object> p =
                        k.properties().containsKey(name) ? cast(k.properties().get(name)) : null;
                if (p == null) {
                    breaches.add("{{" + name + "}} is not a declared property");
                    continue;
                }
                boolean optional = !k.required().contains(name) && !p.containsKey("default");
                if (optional && m.group(1) == null) {
                    breaches.add(name + " is optional: use {{?" + name + "}} so that it is dropped when unset");
                }
                if (!optional && m.group(1) != null) {
                    breaches.add(name + " always has a value: use {{" + name + "}}");
                }
            }
        }
        for (String declared : k.properties().keySet()) {
            check(breaches, used.contains(declared), declared + " is declared but not used in the template");
        }
        assertThat(breaches).as(k.file()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void freeFormPropertiesFeedingUrisHaveAPattern(Kamelet k) {
        List<String> breaches = new ArrayList<>();
        k.properties().forEach((name, value) -> {
            Map<String, Object> p = cast(value);
            boolean freeForm =
                    "string".equals(p.get("type")) && !p.containsKey("enum") && !"password".equals(p.get("format"));
            if (!freeForm) {
                return;
            }
            if (!(p.get("pattern") instanceof String pattern)) {
                breaches.add(name + ": a free-form value that goes into a URI needs a pattern");
                return;
            }
            for (String sample : new String[] {"default", "example"}) {
                if (p.get(sample) instanceof String s
                        && !Pattern.compile(pattern).matcher(s).matches()) {
                    breaches.add(name + ": its " + sample + " '" + s + "' does not match its own pattern");
                }
            }
        });
        assertThat(breaches).as(k.file()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void typesDependenciesAndShape(Kamelet k) {
        List<String> breaches = new ArrayList<>();
        Map<String, Object> types = cast(k.spec().getOrDefault("types", Map.of()));
        check(breaches, types.containsKey("out"), "spec.types.out is missing");
        if ("action".equals(k.type())) {
            check(
                    breaches,
                    types.containsKey("in") || k.name().equals("palomma-get-action"),
                    "spec.types.in is missing");
        }
        List<String> deps = k.dependencies();
        check(
                breaches,
                deps.contains("mvn:io.github.camelpalomma:camel-palomma:" + componentVersion),
                "dependencies must name mvn:io.github.camelpalomma:camel-palomma:" + componentVersion);
        check(breaches, deps.contains("camel:kamelet"), "dependencies must name camel:kamelet");
        String template = String.join("\n", strings(k.template(), new ArrayList<>())) + "\n"
                + keys(k.template(), new ArrayList<>());
        check(
                breaches,
                !template.contains("json") || deps.contains("camel:jackson"),
                "marshal json needs camel:jackson");
        check(
                breaches,
                !template.contains("palomma:webhooks") || deps.contains("camel:platform-http"),
                "receiving webhooks needs camel:platform-http");

        Map<String, Object> from = cast(map(cast(k.template()), "from"));
        String last = String.valueOf(strings(from.get("steps"), new ArrayList<>()).stream()
                .reduce((a, b) -> b)
                .orElse(""));
        switch (String.valueOf(k.type())) {
            case "action" ->
                check(breaches, "kamelet:source".equals(from.get("uri")), "an action starts from kamelet:source");
            case "source" -> check(breaches, "kamelet:sink".equals(last), "a source ends with to kamelet:sink");
            default -> check(breaches, "kamelet:source".equals(from.get("uri")), "a sink starts from kamelet:source");
        }
        if (!"source".equals(k.type())) {
            check(
                    breaches,
                    template.contains("CamelPalomma*"),
                    "strip upstream CamelPalomma* headers so that they cannot change what the Kamelet calls");
        }
        assertThat(breaches).as(k.file()).isEmpty();
    }

    private static void check(List<String> breaches, boolean ok, String rule) {
        if (!ok) {
            breaches.add(rule);
        }
    }

    private static boolean notBlank(Object o) {
        return o instanceof String s && !s.isBlank();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Every string value under a node, in document order. */
    private static List<String> strings(Object node, List<String> out) {
        if (node instanceof String s) {
            out.add(s);
        } else if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> strings(v, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> strings(v, out));
        }
        return out;
    }

    private static List<String> keys(Object node, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                out.add(String.valueOf(k));
                keys(v, out);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> keys(v, out));
        }
        return out;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        assertThat(child).as(key).isInstanceOf(Map.class);
        return cast(child);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }
}
