package io.junction.scanout;

import io.junction.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The station's reads and writes: a package with what the station needs of it in a fixed number of
 * queries whatever its lines, the scan log and the stations' settings. SQL in StationMapper.xml beside
 * this interface.
 */
@Mapper
public interface StationMapper {

    /** The package with its order's status and shop, and whether its quality check stands. */
    StationPackage findPackage(long id);

    /** The packages whose tracking number or package number is {@code code}. */
    List<StationPackage> findPackagesByCode(String code);

    /** The package's lines with their SKUs' catalogue facts, one row per barcode (a line without any: one row). */
    List<ItemRow> items(long packageId);

    /** The settings of {@code station}, or the default's when it has none of its own. */
    StationSettings settings(String station);

    List<StationSettings> allSettings();

    int updateSettings(@Param("s") StationSettings settings, @Param("actor") String actor, @Param("now") Instant now);

    void insertSettings(@Param("s") StationSettings settings, @Param("actor") String actor, @Param("now") Instant now);

    void log(@Param("e") ScanLogEntry entry);

    /** The package's last item scan not undone yet, or null. */
    ScanLogEntry lastItemScan(long packageId);

    int markUndone(@Param("id") long id, @Param("now") Instant now);

    /** One scan fewer on the line. Zero rows: nothing was scanned on it. */
    int unscanOne(long packageLineId);

    /** Forgets every scan of the package's lines (a parcel taken off the bench is verified afresh). */
    int resetScans(long packageId);

    int recordWeight(
            @Param("id") long id,
            @Param("grams") int grams,
            @Param("by") String by,
            @Param("now") Instant now,
            @Param("overrideReason") String overrideReason);

    /** The scan log between two instants, oldest first, for the dashboard. */
    List<ScanLogEntry> logBetween(@Param("from") Instant from, @Param("to") Instant to);

    /** A package as the station reads it. */
    record StationPackage(
            long id,
            long orderId,
            long shopId,
            String packageNo,
            String trackingNumber,
            int weightGrams,
            Integer measuredWeightGrams,
            String weightOverrideReason,
            Instant shippedAt,
            OrderStatus orderStatus,
            String lastCheck) {}

    /** One line of a package with one of its SKU's barcodes. */
    record ItemRow(
            long lineId,
            String sku,
            String name,
            String location,
            int quantity,
            int scanned,
            boolean fragile,
            boolean liquid,
            boolean battery,
            boolean magnetic,
            String packingInstruction,
            String barcode) {}
}
