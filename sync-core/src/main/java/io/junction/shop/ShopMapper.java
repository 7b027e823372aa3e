package io.junction.shop;

import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Shops. SQL in ShopMapper.xml beside this interface. */
@Mapper
public interface ShopMapper {

    Shop findById(long id);

    List<Shop> findAll();

    List<Shop> findEnabled();

    Shop findByName(@Param("platform") String platform, @Param("name") String name);

    /** Points the shop at another endpoint (a sandbox, a simulator that restarted on a new port). */
    int updateEndpoints(
            @Param("id") long id, @Param("endpoint") String endpoint, @Param("authEndpoint") String authEndpoint);

    /** A person's change: name, endpoints, marketplaces, default logistics method (never the platform). */
    int update(@Param("id") long id, @Param("c") ShopChange change);

    int updateCredentials(@Param("id") long id, @Param("credentialsEnc") String credentialsEnc);

    int setEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

    void insert(
            @Param("key") GeneratedId key,
            @Param("s") NewShop shop,
            @Param("credentialsEnc") String credentialsEnc,
            @Param("now") Instant now);
}
