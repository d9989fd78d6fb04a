package io.github.camelpalomma.samples.javadsl;

import org.apache.camel.main.Main;

/** A Camel Main application: sells an order through a Palomma payin link and marks it paid when Palomma says so. */
public final class PaymentsApp {

    private PaymentsApp() {
    }

    public static void main(String[] args) throws Exception {
        newMain(new PaidOrders()).run(args);
    }

    static Main newMain(PaidOrders paidOrders) {
        Main main = new Main();
        main.configure().addRoutesBuilder(new CheckoutRoutes(paidOrders));
        return main;
    }
}
