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
package io.github.camelpalomma.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders docs/reference.md from the generated component JSON (palomma.json), so the reference cannot drift from the code. */
final class ReferenceDoc {

    static final String REGENERATE = "mvn -q test -Dtest=ReferenceDocTest -Dpalomma.docs.write=true";

    private final JsonNode json;
    private final StringBuilder out = new StringBuilder(32 * 1024);

    private ReferenceDoc(JsonNode json) {
        this.json = json;
    }

    static String render(JsonNode json) {
        return new ReferenceDoc(json).render();
    }

    private String render() {
        JsonNode c = json.get("component");
        line("# " + c.get("title").asText() + " component reference");
        line("");
        line("<!-- Generated from META-INF/io/github/camelpalomma/palomma.json by ReferenceDocTest; do not edit.");
        line("     Regenerate with: " + REGENERATE + " -->");
        line("");
        line(c.get("description").asText());
        line("");
        line("| | |");
        line("|---|---|");
        line("| Scheme | `" + c.get("scheme").asText() + "` |");
        line("| Syntax | `" + c.get("syntax").asText() + "` |");
        line("| Maven | `" + c.get("groupId").asText() + ":"
                + c.get("artifactId").asText() + ":" + c.get("version").asText() + "` |");
        line("| Labels | " + c.get("label").asText() + " |");
        line("| Support level | " + c.get("supportLevel").asText() + " |");
        line("| Since | " + c.get("firstVersion").asText() + " |");
        line("");
        line(
                "Options are set on the component (`camel.component.palomma.<option>` in `application.properties`, or on the "
                        + "`PalommaComponent` bean) and are shared by every endpoint; the same option on an endpoint URI overrides it. "
                        + "Durations accept `500ms`, `5s`, `1m` or plain milliseconds.");
        line("");
        options("Component options", json.get("componentProperties"));
        options("Endpoint options", json.get("properties"));
        headers();
        return out.toString();
    }

    private void options(String title, JsonNode options) {
        line("## " + title + " (" + options.size() + ")");
        line("");
        for (Map.Entry<String, List<Map.Entry<String, JsonNode>>> group :
                byGroup(options).entrySet()) {
            line("### " + group.getKey());
            line("");
            line("| Name | Type | Default | Values | Secret | Description |");
            line("|---|---|---|---|---|---|");
            for (Map.Entry<String, JsonNode> e : group.getValue()) {
                JsonNode o = e.getValue();
                String name =
                        "`" + e.getKey() + "`" + ("path".equals(o.path("kind").asText()) ? " (path)" : "")
                                + (o.path("required").asBoolean() ? " **required**" : "");
                line("| " + name + " | " + type(o) + " | "
                        + code(o.path("defaultValue").asText(""))
                        + " | " + values(o) + " | " + (o.path("secret").asBoolean() ? "yes" : "") + " | "
                        + cell(o.path("description").asText()) + " |");
            }
            line("");
        }
    }

    private void headers() {
        JsonNode headers = json.get("headers");
        line("## Message headers (" + headers.size() + ")");
        line("");
        line("Headers set on the exchange override the endpoint option of the same meaning. Producer headers are read "
                + "(and some set) by `to(\"palomma:...\")`; consumer headers are set on webhook exchanges.");
        line("");
        for (Map.Entry<String, List<Map.Entry<String, JsonNode>>> group :
                byGroup(headers).entrySet()) {
            line("### " + group.getKey());
            line("");
            line("| Name | Java type | Values | Constant | Description |");
            line("|---|---|---|---|---|");
            for (Map.Entry<String, JsonNode> e : group.getValue()) {
                JsonNode h = e.getValue();
                String constant = h.path("constantName").asText("");
                constant = constant.substring(constant.lastIndexOf('.') + 1);
                line("| `" + e.getKey() + "` | " + simple(h.path("javaType").asText()) + " | " + values(h) + " | "
                        + code(constant) + " | " + cell(h.path("description").asText()) + " |");
            }
            line("");
        }
    }

    /** Groups in the order the generator lists them (common, consumer, producer, ... as in palomma.json). */
    private static Map<String, List<Map.Entry<String, JsonNode>>> byGroup(JsonNode options) {
        Map<String, List<Map.Entry<String, JsonNode>>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : options.properties()) {
            String group =
                    e.getValue().path("group").asText(e.getValue().path("label").asText("common"));
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    private static String type(JsonNode o) {
        String type = o.path("type").asText();
        String javaType = simple(o.path("javaType").asText());
        return switch (type) {
            case "object", "enum" -> type + " (`" + javaType + "`)";
            case "integer" -> javaType.equals("long") || javaType.equals("Long") ? "integer (long)" : "integer";
            default -> type;
        };
    }

    private static String values(JsonNode o) {
        if (!o.has("enum")) {
            return "";
        }
        List<String> values = new ArrayList<>();
        o.get("enum").forEach(v -> values.add("`" + v.asText() + "`"));
        return String.join(", ", values);
    }

    private static String simple(String javaType) {
        return javaType.startsWith("java.lang.") ? javaType.substring(10) : javaType;
    }

    private static String code(String s) {
        return s.isEmpty() ? "" : "`" + s + "`";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
