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
package io.github.camelpalomma;

import java.util.Iterator;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.Page;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.RecordingPalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** list answers one page with the next cursor; listAll walks every page lazily. */
class ListAllTest extends RecordingPalommaTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String base = "&apiKey=k&baseUrl=" + palomma.baseUrl();
                from("direct:list").to("palomma:customers?operation=list&limit=2" + base);
                from("direct:all").to("palomma:customers?operation=listAll&limit=2&reference=vip" + base);
                from("direct:split")
                        .to("palomma:customers?operation=listAll&limit=2" + base)
                        .split(body())
                        .streaming()
                        .to("mock:customer");
            }
        };
    }

    private static String customer(int n) {
        return RecordingPalomma.fixture("customers").replace("01HPR57X6QR5ZRKEEKBSDBW4RA", "C" + n);
    }

    private void enqueuePage(String cursor, int... ids) {
        StringBuilder items = new StringBuilder();
        for (int id : ids) {
            items.append(items.length() == 0 ? "" : ",").append(customer(id));
        }
        palomma.enqueue(RecordingPalomma.Answer.of(
                200,
                "{\"items\":[" + items + "],\"cursor\":"
                        + (cursor == null ? "null" : "\"" + cursor + "\"") + ",\"count\":"
                        + ids.length + "}"));
    }

    @Test
    void listSetsTheNextCursorAndSendsItBack() {
        enqueuePage("a+b/c=", 1, 2);
        enqueuePage(null, 3);

        var first = template.request("direct:list", e -> {});
        Page<?> page = first.getMessage().getBody(Page.class);
        assertThat(page.items()).hasSize(2);
        assertThat(first.getMessage().getHeader(PalommaConstants.NEXT_CURSOR)).isEqualTo("a+b/c=");

        var second = template.request("direct:list", e -> e.getMessage()
                .setHeader(PalommaConstants.CURSOR, first.getMessage().getHeader(PalommaConstants.NEXT_CURSOR)));
        assertThat(second.getMessage().getBody(Page.class).items()).hasSize(1);
        assertThat(second.getMessage().getHeaders()).doesNotContainKey(PalommaConstants.NEXT_CURSOR);
        // the opaque cursor is URL-encoded on the way out
        assertThat(palomma.requests().get(1).query()).isEqualTo("limit=2&cursor=a%2Bb%2Fc%3D");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listAllFetchesPageNPlusOneOnlyOncePageNIsConsumed() {
        enqueuePage("p2", 1, 2);
        enqueuePage("p3", 3, 4);
        enqueuePage(null, 5);

        Iterator<Customer> all = template.requestBody("direct:all", null, Iterator.class);
        assertThat(palomma.requests()).hasSize(1);
        assertThat(palomma.requests().get(0).query()).isEqualTo("limit=2&reference=vip");

        assertThat(all.next().id()).isEqualTo("C1");
        assertThat(all.next().id()).isEqualTo("C2");
        assertThat(palomma.requests())
                .as("page 2 is not fetched before page 1 is consumed")
                .hasSize(1);

        assertThat(all.next().id()).isEqualTo("C3");
        assertThat(palomma.requests()).hasSize(2);
        assertThat(palomma.requests().get(1).query()).isEqualTo("limit=2&reference=vip&cursor=p2");

        all.next();
        assertThat(all.next().id()).isEqualTo("C5");
        assertThat(all.hasNext()).isFalse();
        assertThat(palomma.requests()).hasSize(3);
    }

    @Test
    void streamingSplitWalksEveryItem() throws Exception {
        enqueuePage("p2", 1, 2);
        enqueuePage("p3", 3, 4);
        enqueuePage(null, 5);
        MockEndpoint mock = getMockEndpoint("mock:customer");
        mock.expectedMessageCount(5);

        template.sendBody("direct:split", null);

        mock.assertIsSatisfied();
        List<String> ids = mock.getExchanges().stream()
                .map(e -> e.getMessage().getBody(Customer.class).id())
                .toList();
        assertThat(ids).containsExactly("C1", "C2", "C3", "C4", "C5");
        assertThat(palomma.requests()).hasSize(3);
    }
}
