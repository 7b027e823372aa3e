package io.junction.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.testing.FakeShopTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageMapperTest extends FakeShopTest {

    @Test
    void numberingPackagesByTheirIdRangeLeavesAPackageOfTheRangeThatIsNotNumberedAsItWas() {
        // given three allocated orders' packages, in id order
        List<OrderPackage> three =
                fixtures
                        .ingest(shop, fixtures.paidOrder(mug), fixtures.paidOrder(mug), fixtures.paidOrder(mug))
                        .stream()
                        .map(o -> pipeline.packageOf(pipeline.allocated(o)))
                        .toList();
        OrderPackage first = three.get(0);
        OrderPackage middle = three.get(1);
        OrderPackage last = three.get(2);

        // when the first and the last are numbered
        int numbered = packages.assignPackageNos(List.of(
                new PackageMapper.Numbered(first.id(), "FIRST-" + first.id()),
                new PackageMapper.Numbered(last.id(), "LAST-" + last.id())));

        // then those two have their numbers and the one between them keeps its own
        assertThat(numbered).isBetween(2, 3);
        assertThat(packageNo(first)).isEqualTo("FIRST-" + first.id());
        assertThat(packageNo(middle)).isEqualTo(middle.packageNo());
        assertThat(packageNo(last)).isEqualTo("LAST-" + last.id());
    }

    private String packageNo(OrderPackage pkg) {
        return jdbc.queryForObject("SELECT package_no FROM oms_package WHERE id = ?", String.class, pkg.id());
    }
}
