package io.junction.web.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderStatus;
import io.junction.order.Refusal;
import io.junction.order.RefusedChangeException;
import io.junction.web.sku.CatalogueAnswers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the pages flash across a redirect survives being written to the database: in production (the mysql
 * profile) page sessions, flash attributes included, are serialized into SPRING_SESSION so that any node
 * serves them, and an attribute that cannot be serialized would fail the request.
 */
class SessionAttributesTest {

    @Test
    void theRefusalsThePagesFlashSurviveTheSessionStore() throws Exception {
        // given what the user and pairing pages flash when a change is refused
        List<RefusedChangeException.Problem> userRefusal = List.of(new RefusedChangeException.Problem(
                "role", "cannot demote the last admin", Refusal.of(Refusal.WRONG_STATUS, OrderStatus.ON_HOLD, 3)));
        List<CatalogueAnswers.Reason> pairingRefusal =
                List.of(new CatalogueAnswers.Reason("platformSku", "平台 SKU", "已配对", "already-paired"));

        // when they are written and read back as the session store does
        Object userBack = roundTrip(userRefusal);
        Object pairingBack = roundTrip(pairingRefusal);

        // then they come back whole
        assertThat(userBack).isEqualTo(userRefusal);
        assertThat(pairingBack).isEqualTo(pairingRefusal);
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
