package io.junction.logistics;

import io.junction.persistence.GeneratedId;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Carrier accounts and logistics methods. SQL in LogisticsMapper.xml beside this interface. */
@Mapper
public interface LogisticsMapper {

    CarrierAccount findAccount(long id);

    void insertAccount(
            @Param("key") GeneratedId key,
            @Param("carrier") String carrier,
            @Param("name") String name,
            @Param("endpoint") String endpoint,
            @Param("credentialsEnc") String credentialsEnc);

    int updateAccountEndpoint(@Param("id") long id, @Param("endpoint") String endpoint);

    LogisticsMethod findMethod(long id);

    LogisticsMethod findMethodByCode(String code);

    List<LogisticsMethod> findMethods();

    void insertMethod(@Param("key") GeneratedId key, @Param("m") LogisticsMethod method);

    MarketplaceCarrier findMarketplaceCarrier(@Param("methodId") long methodId, @Param("platform") String platform);

    void insertMarketplaceCarrier(
            @Param("methodId") long methodId,
            @Param("platform") String platform,
            @Param("c") MarketplaceCarrier carrier);
}
