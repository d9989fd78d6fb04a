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
package io.github.camelpalomma.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import io.github.camelpalomma.model.Page;

/**
 * Every item of every page of a list, fetched lazily: the next page is requested only when the items of the current one
 * have all been handed out and another is asked for. Memory holds one page at a time, whatever the total.
 */
public final class PageIterator<T> implements Iterator<T> {

    private final PalommaClient client;
    private final ApiCall list;
    private final Map<String, String> variables;
    private final Map<String, String> query;
    private Page<T> page;
    private Iterator<T> items;

    public PageIterator(PalommaClient client, ApiCall list, Map<String, String> variables, Map<String, String> query) {
        this.client = client;
        this.list = list;
        this.variables = variables;
        this.query = new LinkedHashMap<>(query);
        // the first page is fetched now, so that a failing call fails the producer rather than the splitter
        fetch(query.get("cursor"));
    }

    @Override
    public boolean hasNext() {
        while (!items.hasNext()) {
            if (!page.hasMore()) {
                return false;
            }
            fetch(page.cursor());
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more " + list.resource());
        }
        return items.next();
    }

    @SuppressWarnings("unchecked")
    private void fetch(String cursor) {
        query.put("cursor", cursor);
        page = (Page<T>) client.call(list, variables, query, null, null);
        items = page.items().iterator();
    }

    @Override
    public String toString() {
        return "PageIterator[" + list.resource() + "]";
    }
}
