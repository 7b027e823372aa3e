package io.junction.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.logistics.ParcelRequest;
import io.junction.logistics.PreAdviceService;
import io.junction.order.OrderActionException;
import io.junction.order.Refusal;
import io.junction.testing.AllocatedMugTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Customs data per package line: copied from the SKU at allocation, edited before the parcel, declared as edited. */
class CustomsServiceTest extends AllocatedMugTest {

    @Autowired
    CustomsService customs;

    @Autowired
    PreAdviceService preAdvice;

    @Test
    void allocationCopiesTheSkusCustomsDataOntoThePackageLine() {
        assertThat(customs.ofPackage(pkg.id())).singleElement().satisfies(c -> {
            assertThat(c.nameEn()).isEqualTo(mug.declaredNameEn());
            assertThat(c.value()).isEqualByComparingTo(mug.declaredValue());
            assertThat(c.currency()).isEqualTo("USD");
            assertThat(c.weightGrams()).isEqualTo(mug.weightGrams());
        });
    }

    @Test
    void anEditedLineIsDeclaredToTheCarrierAsEdited() {
        // given
        LineCustoms line = customs.ofPackage(pkg.id()).get(0);

        // when
        customs.edit(List.of(new LineCustoms(
                line.packageLineId(),
                line.packageId(),
                line.orderId(),
                line.sku(),
                line.quantity(),
                "Ceramic mug",
                "陶瓷杯",
                "691200",
                new BigDecimal("3.20"),
                "EUR",
                350)));
        assertThat(preAdvice.requestTracking(List.of(order.id()), "clerk").failed())
                .isEmpty();

        // then
        ParcelRequest sent = carrier.lastRequest(pkg.packageNo());
        assertThat(sent.currency()).isEqualTo("EUR");
        assertThat(sent.items()).singleElement().satisfies(i -> {
            assertThat(i.nameEn()).isEqualTo("Ceramic mug");
            assertThat(i.nameCn()).isEqualTo("陶瓷杯");
            assertThat(i.hsCode()).isEqualTo("691200");
            assertThat(i.unitValue()).isEqualByComparingTo("3.20");
            assertThat(i.unitWeightGrams()).isEqualTo(350);
        });

        // when edited again once the parcel exists, it is refused
        assertThatThrownBy(() -> customs.edit(List.of(line)))
                .isInstanceOfSatisfying(
                        OrderActionException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.PARCEL_REQUESTED));
    }
}
