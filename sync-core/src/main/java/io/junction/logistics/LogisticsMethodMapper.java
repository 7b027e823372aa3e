package io.junction.logistics;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The settings side of carrier accounts and logistics methods: listing, changing, switching a method off, and each
 * marketplace's name for a method's carrier. SQL in LogisticsMethodMapper.xml beside this interface.
 */
@Mapper
public interface LogisticsMethodMapper {

    /** True when the method is enabled, false when switched off, null when there is no such method. */
    Boolean enabled(@Param("id") long id);

    /** The ids of the enabled methods. */
    List<Long> enabledIds();

    int setEnabled(long id, boolean enabled);

    /** The hours the method needs to hand a parcel to its carrier, null when not set. */
    Integer handoverHours(@Param("id") long id);

    int setHandoverHours(long id, Integer hours);

    List<CarrierAccount> accounts();

    /** Changes an account; its credentials only when {@code credentialsEnc} is given. */
    int updateAccount(long id, String name, String endpoint, String credentialsEnc);

    int updateMethod(@Param("m") LogisticsMethod method);

    /** Each marketplace's own name for the method's carrier, where one is set. */
    List<PlatformCarrier> marketplaceCarriers(@Param("methodId") long methodId);

    int deleteMarketplaceCarriers(@Param("methodId") long methodId);

    /** A marketplace's name for a method's carrier. */
    record PlatformCarrier(String platform, String code, String name) {}
}
