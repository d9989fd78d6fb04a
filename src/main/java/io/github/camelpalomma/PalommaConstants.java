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

import org.apache.camel.spi.Metadata;

/** The headers of the palomma component. Headers set on the exchange override the endpoint's options of the same name. */
public final class PalommaConstants {

    /** The operation to run, overriding the endpoint's operation option (create, get, list or listAll). */
    @Metadata(label = "producer", javaType = "io.github.camelpalomma.model.PalommaOperation")
    public static final String OPERATION = "CamelPalommaOperation";

    /** The id of the resource to get (for statusMessages: the code). */
    @Metadata(label = "producer", javaType = "String")
    public static final String ID = "CamelPalommaId";

    /** The merchant account whose payin settlements are listed or read. */
    @Metadata(label = "producer", javaType = "String")
    public static final String MERCHANT_ACCOUNT_ID = "CamelPalommaMerchantAccountId";

    /** The cursor of the page to list, as returned by the previous page. */
    @Metadata(label = "producer", javaType = "String")
    public static final String CURSOR = "CamelPalommaCursor";

    /** Set after list: the cursor of the next page. Absent on the last page. */
    @Metadata(label = "producer", javaType = "String")
    public static final String NEXT_CURSOR = "CamelPalommaNextCursor";

    /** List filter: only resources created with this reference. */
    @Metadata(label = "producer", javaType = "String")
    public static final String REFERENCE = "CamelPalommaReference";

    /** List filter: only resources of this customer. */
    @Metadata(label = "producer", javaType = "String")
    public static final String CUSTOMER_ID = "CamelPalommaCustomerId";

    /** Page size of list and listAll, 1 to 100 (Palomma's default is 20). */
    @Metadata(label = "producer", javaType = "Integer")
    public static final String LIMIT = "CamelPalommaLimit";

    /** Set after a create, get or list of a resource with a status: its status (e.g. pending, approved). */
    @Metadata(label = "producer", javaType = "String")
    public static final String STATUS = "CamelPalommaStatus";

    /** The webhookId of the delivery; Palomma repeats it on every retry. */
    @Metadata(label = "consumer", javaType = "String")
    public static final String WEBHOOK_ID = "CamelPalommaWebhookId";

    /** The eventType of the delivery, e.g. payin-link.update. */
    @Metadata(label = "consumer", javaType = "String")
    public static final String EVENT_TYPE = "CamelPalommaEventType";

    /** The timestamp of the notification as delivered (ISO-8601 string); the same on every retry. */
    @Metadata(label = "consumer", javaType = "String")
    public static final String WEBHOOK_TIMESTAMP = "CamelPalommaWebhookTimestamp";

    /**
     * Set to true when outOfOrder=flag and the event is older than one already processed for the same resource, or
     * would move a terminal status back.
     */
    @Metadata(label = "consumer", javaType = "Boolean")
    public static final String OUT_OF_ORDER = "CamelPalommaOutOfOrder";

    /**
     * Which path found the status change: webhook or poll (with reconcile=true, a change whose webhook never came).
     */
    @Metadata(label = "consumer", javaType = "String")
    public static final String EVENT_SOURCE = "CamelPalommaEventSource";

    /**
     * With a consumer of the same resource that has reconcile=true: true makes the resource of this call (e.g. a get of
     * one created before) tracked until its status is final.
     */
    @Metadata(label = "producer", javaType = "Boolean")
    public static final String TRACK = "CamelPalommaTrack";

    private PalommaConstants() {}
}
