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

    Shop findByName(String platform, String name);

    /** Points the shop at another endpoint (a sandbox, a simulator that restarted on a new port). */
    int updateEndpoints(long id, String endpoint, String authEndpoint);

    /** A person's change: name, endpoints, marketplaces, default logistics method (never the platform). */
    int update(long id, @Param("c") ShopChange change);

    int updateCredentials(long id, String credentialsEnc);

    int setEnabled(long id, boolean enabled);

    void insert(GeneratedId key, @Param("s") NewShop shop, String credentialsEnc, Instant now);
}
