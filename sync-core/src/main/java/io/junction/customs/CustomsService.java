package io.junction.customs;

import io.junction.order.OrderActionException;
import io.junction.order.OrderPackage;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.order.RefusedArgumentException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Edits the customs data of package lines, one or many at once, before their parcels are requested. */
@Service
public class CustomsService {

    private final CustomsMapper customs;
    private final PackageMapper packages;

    public CustomsService(CustomsMapper customs, PackageMapper packages) {
        this.customs = customs;
        this.packages = packages;
    }

    public List<LineCustoms> ofPackage(long packageId) {
        return customs.ofPackage(packageId);
    }

    public List<LineCustoms> ofLines(List<Long> packageLineIds) {
        return packageLineIds.isEmpty() ? List.of() : customs.ofLines(packageLineIds);
    }

    /**
     * Writes the customs data of each named line, all or none.
     *
     * @throws RefusedArgumentException when a line does not exist
     * @throws OrderActionException when a line's parcel is requested already
     */
    @Transactional
    public List<LineCustoms> edit(List<LineCustoms> edits) {
        List<Long> ids = edits.stream().map(LineCustoms::packageLineId).toList();
        List<LineCustoms> found = ofLines(ids);
        for (LineCustoms edit : edits) {
            LineCustoms known = found.stream()
                    .filter(f -> f.packageLineId() == edit.packageLineId())
                    .findFirst()
                    .orElseThrow(() -> new RefusedArgumentException(
                            Refusal.of(Refusal.NO_SUCH_PACKAGE_LINE, edit.packageLineId()),
                            "No package line " + edit.packageLineId()));
            packages.lockOrderOf(known.packageId());
            OrderPackage pkg = packages.findById(known.packageId());
            if (pkg.preadviceStatus() != PreAdviceStatus.NONE && pkg.preadviceStatus() != PreAdviceStatus.REJECTED) {
                throw new OrderActionException(
                        known.orderId(),
                        Refusal.of(Refusal.PARCEL_REQUESTED, pkg.packageNo(), pkg.preadviceStatus()),
                        "The parcel of package " + pkg.packageNo() + " is requested already");
            }
        }
        edits.forEach(customs::update);
        return ofLines(ids);
    }
}
