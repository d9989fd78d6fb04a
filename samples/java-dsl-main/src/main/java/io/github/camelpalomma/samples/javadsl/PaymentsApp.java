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
package io.github.camelpalomma.samples.javadsl;

import org.apache.camel.main.Main;

/** A Camel Main application: sells an order through a Palomma payin link and marks it paid when Palomma says so. */
public final class PaymentsApp {

    private PaymentsApp() {}

    public static void main(String[] args) throws Exception {
        newMain(new PaidOrders()).run(args);
    }

    static Main newMain(PaidOrders paidOrders) {
        Main main = new Main();
        main.configure().addRoutesBuilder(new CheckoutRoutes(paidOrders));
        return main;
    }
}
