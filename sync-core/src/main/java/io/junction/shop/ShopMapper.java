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

    void insert(@Param("key") GeneratedId key, @Param("s") NewShop shop, @Param("credentialsEnc") String credentialsEnc,
            @Param("now") Instant now);
}
