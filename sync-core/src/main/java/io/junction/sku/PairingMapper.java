package io.junction.sku;

import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Pairings of platform SKUs with warehouse SKUs, and the seller's affixes. SQL in PairingMapper.xml. */
@Mapper
public interface PairingMapper {

    Pairing.Row findById(long id);

    Pairing.Row findByScope(String platformSku, String scopeKey);

    /** Pairings whose platform SKU contains {@code q} (all when null), newest first. */
    List<Pairing.Row> search(String q, int offset, int limit);

    long countSearch(@Param("q") String q);

    List<Pairing.ComponentRow> components(@Param("pairingIds") Collection<Long> pairingIds);

    /**
     * The pairings of these platform SKUs that may apply to an order of the shop: its own, its
     * platform's and the global ones. One query, whatever the number of SKUs.
     */
    List<Pairing.Row> candidates(Collection<String> platformSkus, Long shopId, String platform);

    /** Every pairing of these platform SKUs, whatever its scope. */
    List<Pairing.Row> ofPlatformSkus(@Param("platformSkus") Collection<String> platformSkus);

    /** Inserts the pairing's row (its components apart), its id into {@code key}. */
    void insert(GeneratedId key, @Param("p") PairingService.Checked pairing, String actor, Instant now);

    int update(long id, @Param("p") PairingService.Checked pairing, String actor, Instant now);

    void insertComponent(long pairingId, long skuId, int quantity);

    int deleteComponents(long pairingId);

    int delete(long id);

    /** A platform SKU seen on order lines not paired by intake, with how often, in orders not cancelled. */
    record Seen(long shopId, String platform, String platformSku, long seenLines) {}

    List<Seen> unpairedSeen(@Param("limit") int limit);

    List<String> affixes(String kind);

    int deleteAffixes(String kind);

    void insertAffix(String kind, String affix);
}
