package io.junction.carriers.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.TrackingStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingWordsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Shipment information received | INFO_RECEIVED",
                "已制单 | INFO_RECEIVED",
                "Parcel received at the sorting center | PICKED_UP",
                "深圳分拣中心已揽收 | PICKED_UP",
                "Departed from the origin sorting center | IN_TRANSIT",
                "Arrived in the destination country | IN_TRANSIT",
                "Out for delivery | OUT_FOR_DELIVERY",
                "Delivered, signed by ANNA | DELIVERED",
                "已签收 | DELIVERED",
                "Delivery failed: recipient not at home | EXCEPTION",
                "Intercepted at the shipper's request | EXCEPTION",
                "Returned to sender | RETURNED",
                "退件 | RETURNED",
                "'' | IN_TRANSIT"
            })
    void readsWhereTheParcelIsFromTheCarriersText(String text, TrackingStatus expected) {
        assertThat(TrackingWords.statusOf(text)).isEqualTo(expected);
    }
}
