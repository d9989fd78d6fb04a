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

    @Metadata(
            label = "producer",
            description = "The operation to run, overriding the endpoint's operation option "
                    + "(create, get, list or listAll).",
            javaType = "io.github.camelpalomma.model.PalommaOperation")
    public static final String OPERATION = "CamelPalommaOperation";

    @Metadata(
            label = "producer",
            description = "The id of the resource to get (for statusMessages: the code).",
            javaType = "String")
    public static final String ID = "CamelPalommaId";

    @Metadata(
            label = "producer",
            description = "The merchant account whose payin settlements are listed or read.",
            javaType = "String")
    public static final String MERCHANT_ACCOUNT_ID = "CamelPalommaMerchantAccountId";

    @Metadata(
            label = "producer",
            description = "The cursor of the page to list, as returned by the previous page.",
            javaType = "String")
    public static final String CURSOR = "CamelPalommaCursor";

    @Metadata(
            label = "producer",
            description = "Set after list: the cursor of the next page. Absent on the last page.",
            javaType = "String")
    public static final String NEXT_CURSOR = "CamelPalommaNextCursor";

    @Metadata(
            label = "producer",
            description = "List filter: only resources created with this reference.",
            javaType = "String")
    public static final String REFERENCE = "CamelPalommaReference";

    @Metadata(label = "producer", description = "List filter: only resources of this customer.", javaType = "String")
    public static final String CUSTOMER_ID = "CamelPalommaCustomerId";

    @Metadata(
            label = "producer",
            description = "Page size of list and listAll, 1 to 100 (Palomma's default is 20).",
            javaType = "Integer")
    public static final String LIMIT = "CamelPalommaLimit";

    @Metadata(
            label = "producer",
            description = "Set after a create, get or list of a resource with a status: its status "
                    + "(e.g. pending, approved).",
            javaType = "String")
    public static final String STATUS = "CamelPalommaStatus";

    @Metadata(
            label = "consumer",
            description = "The webhookId of the delivery; Palomma repeats it on every retry.",
            javaType = "String")
    public static final String WEBHOOK_ID = "CamelPalommaWebhookId";

    @Metadata(
            label = "consumer",
            description = "The eventType of the delivery, e.g. payin-link.update.",
            javaType = "String")
    public static final String EVENT_TYPE = "CamelPalommaEventType";

    @Metadata(
            label = "consumer",
            description =
                    "The timestamp of the notification as delivered (ISO-8601 string); the " + "same on every retry.",
            javaType = "String")
    public static final String WEBHOOK_TIMESTAMP = "CamelPalommaWebhookTimestamp";

    @Metadata(
            label = "consumer",
            description = "Set to true when outOfOrder=flag and the event is older than one already "
                    + "processed for the same resource, or would move a terminal status back.",
            javaType = "Boolean")
    public static final String OUT_OF_ORDER = "CamelPalommaOutOfOrder";

    @Metadata(
            label = "consumer",
            description = "Which path found the status change: webhook or poll (with "
                    + "reconcile=true, a change whose webhook never came).",
            javaType = "String")
    public static final String EVENT_SOURCE = "CamelPalommaEventSource";

    @Metadata(
            label = "producer",
            description =
                    "With a consumer of the same resource that has reconcile=true: true "
                            + "makes the resource of this call (e.g. a get of one created before) tracked until its status is final.",
            javaType = "Boolean")
    public static final String TRACK = "CamelPalommaTrack";

    private PalommaConstants() {}
}
