package io.junction.logistics;

import io.junction.persistence.GeneratedId;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Carrier accounts and logistics methods. SQL in LogisticsMapper.xml beside this interface. */
@Mapper
public interface LogisticsMapper {

    CarrierAccount findAccount(long id);

    void insertAccount(GeneratedId key, String carrier, String name, String endpoint, String credentialsEnc);

    int updateAccountEndpoint(long id, String endpoint);

    LogisticsMethod findMethod(long id);

    LogisticsMethod findMethodByCode(String code);

    List<LogisticsMethod> findMethods();

    void insertMethod(GeneratedId key, @Param("m") LogisticsMethod method);

    MarketplaceCarrier findMarketplaceCarrier(long methodId, String platform);

    void insertMarketplaceCarrier(long methodId, String platform, @Param("c") MarketplaceCarrier carrier);
}
