package io.junction.rules;

import io.junction.order.OrderStatus;
import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rules, what they matched, the blacklist, and what the engine reads of a batch of orders. SQL in RuleMapper.xml. */
@Mapper
public interface RuleMapper {

    /** A rule as stored, its conditions and actions as JSON. */
    record RuleRow(
            long id,
            String name,
            RuleKind kind,
            int priority,
            boolean enabled,
            String conditionsJson,
            String actionsJson,
            String updatedBy,
            Instant updatedAt) {}

    /** One order line with its paired warehouse SKU's code, weight and flags (null while unpaired). */
    record FactLine(
            long orderId,
            String platformSku,
            int quantity,
            String skuCode,
            Integer weightGrams,
            Boolean battery,
            Boolean liquid,
            Boolean magnetic) {}

    record OrderTag(long orderId, String tag) {}

    record Duplicate(long orderId, long otherId) {}

    /** A method and its carrier, as the rules name it in history, and whether it may be chosen now. */
    record MethodCarrier(long id, String code, String name, String carrier, boolean enabled) {}

    /** A rule that matched an order, kept as it was named then. */
    record RuleMatch(long orderId, long ruleId, String ruleName, RuleKind ruleKind, Instant matchedAt) {}

    List<RuleRow> findAll();

    RuleRow findById(long id);

    RuleRow findByName(String name);

    void insert(@Param("key") GeneratedId key, @Param("r") RuleRow row);

    int update(@Param("r") RuleRow row);

    int delete(long id);

    List<FactLine> lines(@Param("orderIds") Collection<Long> orderIds);

    List<OrderTag> tags(@Param("orderIds") Collection<Long> orderIds);

    /** For each order, an earlier or later order of the same shop, buyer and address placed within the window. */
    List<Duplicate> duplicates(
            @Param("orderIds") Collection<Long> orderIds, @Param("windowSeconds") long windowSeconds);

    List<MethodCarrier> methods();

    List<RuleMatch> matches(@Param("orderIds") Collection<Long> orderIds);

    int deleteMatches(long orderId);

    void insertMatch(@Param("m") RuleMatch match);

    /** Forgets what matched these orders, in one statement. */
    int deleteMatchesOf(@Param("orderIds") Collection<Long> orderIds);

    int insertTag(@Param("orderId") long orderId, @Param("tag") String tag);

    /** Adds these tags, in one statement; a tag an order already has is left as it is. */
    int insertTags(@Param("tags") List<OrderTag> tags);

    /**
     * Sets the method of these orders, which the caller locked and found as it read them, while they are not yet
     * allocated; answers how many changed.
     */
    int setMethods(
            @Param("orderIds") Collection<Long> orderIds,
            @Param("methodId") long methodId,
            @Param("statuses") Collection<OrderStatus> statuses,
            @Param("now") Instant now);

    /** Sets the priority of these orders, in one statement. */
    int setPriorities(@Param("orderIds") Collection<Long> orderIds, @Param("priority") int priority);

    /** Sets the method of an order still as it was read and not yet allocated; zero rows when it changed. */
    int setMethod(
            @Param("orderId") long orderId,
            @Param("version") int version,
            @Param("methodId") long methodId,
            @Param("statuses") Collection<OrderStatus> statuses,
            @Param("now") Instant now);

    int setPriority(@Param("orderId") long orderId, @Param("priority") int priority);

    /** A page of order ids in these statuses after {@code afterId}, ascending: what a dry run walks. */
    List<Long> orderIdsIn(
            @Param("statuses") Collection<OrderStatus> statuses,
            @Param("afterId") long afterId,
            @Param("limit") int limit);

    List<BlacklistEntry> blacklist();

    List<BlacklistEntry> blacklistPage(
            @Param("kind") BlacklistKind kind, @Param("offset") int offset, @Param("limit") int limit);

    long countBlacklist(@Param("kind") BlacklistKind kind);

    BlacklistEntry findBlacklisted(@Param("kind") BlacklistKind kind, @Param("value") String value);

    BlacklistEntry findBlacklistEntry(long id);

    void insertBlacklisted(@Param("key") GeneratedId key, @Param("e") BlacklistEntry entry);

    int deleteBlacklisted(long id);
}
