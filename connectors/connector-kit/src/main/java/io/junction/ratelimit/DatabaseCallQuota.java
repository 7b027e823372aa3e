package io.junction.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The production quota: Bucket4j token buckets in table {@code chn_rate_limit_bucket} of the
 * database every node shares (migration V5), one row per platform, operation and seller account.
 * Each acquire is one short transaction ({@code INSERT IGNORE} the row, {@code SELECT … FOR UPDATE},
 * {@code UPDATE} the serialized state) that reserves the caller's turn; the caller then pauses
 * outside the transaction. So N nodes together never exceed the plan, where a per-JVM limiter
 * would allow N times it.
 *
 * <p>Bucket4j's MySQL statements also run on H2 in MySQL mode, so the embedded demo uses this class
 * too. Time is each node's clock (Bucket4j's client-side clock): nodes need NTP-synchronised clocks,
 * which the Quartz cluster needs anyway.
 *
 * <p>A stored bucket keeps the plan it was created on, or the one the platform last announced;
 * a changed seed in the settings applies to buckets created afterwards.
 */
public class DatabaseCallQuota extends BucketCallQuota {

    /** The table, as migration V5 creates it. */
    public static final String TABLE = "chn_rate_limit_bucket";

    private final ProxyManager<String> buckets;

    /** Waits by sleeping, on the system's time. */
    public DatabaseCallQuota(DataSource dataSource, Clock clock, Duration maxWait) {
        this(dataSource, clock, maxWait, CallQuota.Pause.sleeping());
    }

    /**
     * @param maxWait the longest a call waits for its turn before it is refused (not sent)
     * @param pause how a caller waits, in {@code clock}'s time
     */
    public DatabaseCallQuota(DataSource dataSource, Clock clock, Duration maxWait, CallQuota.Pause pause) {
        super(clock, maxWait, pause);
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .clientClock(timeMeter())
                .build();
    }

    @Override
    Bucket bucket(String id, Supplier<BucketConfiguration> configuration) {
        return buckets.builder().build(id, configuration);
    }

    @Override
    Optional<BucketConfiguration> storedConfiguration(String id) {
        return buckets.getProxyConfiguration(id);
    }
}
