package io.junction.logistics;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Whether a logistics method may be chosen. SQL in LogisticsMethodMapper.xml beside this interface. */
@Mapper
public interface LogisticsMethodMapper {

    /** True when the method is enabled, false when switched off, null when there is no such method. */
    Boolean enabled(@Param("id") long id);

    /** The ids of the enabled methods. */
    java.util.List<Long> enabledIds();

    int setEnabled(@Param("id") long id, @Param("enabled") boolean enabled);
}
