package io.junction.order;

import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Packages and their lines. SQL in PackageMapper.xml beside this interface. */
@Mapper
public interface PackageMapper {

    OrderPackage findById(long id);

    /** The order's packages still in its flow; void ones (withdrawn or cancelled at the carrier) are left out. */
    List<OrderPackage> findByOrder(long orderId);

    /**
     * The order's own packages of {@link #findByOrder}, locking the rows (FOR UPDATE) so that no
     * pre-advice claim slips in meanwhile; a merged package is the order's that owns it.
     */
    List<OrderPackage> lockByOrder(long orderId);

    /** Every package the order ever had, void ones included, for the record. */
    List<OrderPackage> findAllByOrder(long orderId);

    /** Every order the package carries, ascending: its own, and those merged into it. */
    List<Long> carriedOrders(long packageId);

    /** Records that a merged package carries {@code orderId} too. */
    void insertCarriedOrder(long packageId, long orderId);

    /** The package whose tracking number or package number is {@code code}, as a packer scans it. */
    List<OrderPackage> findByCode(String code);

    void insert(GeneratedId key, long orderId, String packageNo, long methodId, int weightGrams);

    int assignPackageNo(long id, String packageNo);

    /** A package's id and number. */
    record Numbered(long id, String packageNo) {}

    /** The ids of the packages numbered {@code packageNos}; the list must not be empty. */
    List<Numbered> idsByPackageNo(@Param("packageNos") List<String> packageNos);

    /**
     * Gives each package its number, in one statement that reads no package outside the new ones' id range: by the
     * list of ids, MariaDB read (and locked) a table of a few thousand packages whole, those at the packing stations
     * with it, and a station shipping one deadlocked with the allocation.
     */
    default int assignPackageNos(List<Numbered> packages) {
        long from = packages.stream().mapToLong(Numbered::id).min().orElseThrow();
        long to = packages.stream().mapToLong(Numbered::id).max().orElseThrow();
        return assignPackageNosWithin(packages, from, to);
    }

    /** {@link #assignPackageNos}, the ids all from {@code fromId} to {@code toId}. */
    int assignPackageNosWithin(List<Numbered> packages, long fromId, long toId);

    void insertLine(long packageId, long orderLineId, long skuId, int quantity, int unitsPerItem);

    List<PackageLine> lines(long packageId);

    /** The package lines of the order line in its newest package: the SKUs it was last allocated with. */
    List<PackageLine> allocatedLines(long orderLineId);

    /**
     * The package lines of the order line in the order's packages still in its flow and not shipped:
     * what stock stays reserved for, when a split spreads one line over several packages.
     */
    List<PackageLine> unshippedLines(long orderLineId);

    /** Locks the row of the package's order (before the package: the order in which an order is stopped). */
    Long lockOrderOf(long packageId);

    /**
     * Claims a pre-advice attempt: from NONE, REJECTED or UNKNOWN, or from a REQUESTING claim older
     * than {@code staleBefore} (a crashed attempt), and only while the order waits for tracking
     * numbers (a stopped order wants no parcel). Zero rows: someone else holds it, or the order moved.
     * The claim names no node: only its lease ends it.
     */
    default int claimPreAdvice(long id, int version, Instant now, Instant staleBefore) {
        return claimPreAdviceAs(id, version, now, staleBefore, null, null, List.of());
    }

    /**
     * Claims a pre-advice attempt as {@link #claimPreAdvice} does, in the name of {@code node}'s {@code run}; a
     * REQUESTING claim is also taken over at once when the node that holds it is not among {@code liveNodes} (when
     * that list is not empty), or is this node under an earlier run (a process that died and was restarted).
     */
    int claimPreAdviceAs(
            long id, int version, Instant now, Instant staleBefore, String node, String run, List<String> liveNodes);

    /**
     * Gives back the pre-advice claims {@code node} held under an earlier run (a process that died and was started
     * again under the same name): each becomes UNKNOWN with {@code error}, so that the next attempt, on any node,
     * looks the parcel up before creating one. Returns how many.
     */
    int releaseClaimsOfEarlierRuns(String node, String run, String error);

    /**
     * Records the outcome of attempt number {@code attempt}; zero rows when a later attempt has
     * taken the package over since (this one outlived its claim).
     */
    int recordPreAdvice(
            long id, int attempt, PreAdviceStatus status, String error, String trackingNumber, String waybill);

    /**
     * Takes a package out of its order's flow: {@code status} is WITHDRAWN (no parcel can exist) or
     * CANCELLING (a parcel exists or may). Zero rows: the package changed since it was read at
     * {@code version}, or is void already.
     */
    int stopPreAdvice(long id, int version, PreAdviceStatus status);

    /** The carrier cancelled the parcel (or holds none): CANCELLING becomes CANCELLED and the tracking number goes. */
    int markParcelCancelled(@Param("id") long id);

    /** The carrier refused to cancel: CANCELLING becomes CANCEL_REFUSED with its reason; the tracking number stays. */
    int markCancelRefused(long id, String error);

    /** Fills in a tracking number the carrier assigned after the parcel was created. */
    int recordTracking(long id, String trackingNumber, String waybill);

    /**
     * Records a tracking number a clerk entered for a parcel booked outside Junction: from NONE or REJECTED
     * (no carrier parcel of ours can exist) to MANUAL, only while the order waits for tracking numbers. Zero
     * rows: the package changed since it was read at {@code version}, or it is no longer in such a state.
     */
    int enterManualTracking(long id, int version, String trackingNumber);

    int countPrint(long id);

    /** One more scan of this line, if it still has room. Zero rows: fully scanned already. */
    int scanOne(long packageLineId);

    int markShipped(long id, Instant now);
}
