package io.junction.web.preference;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Each person's language and time zone. SQL in PreferenceMapper.xml beside this interface. */
@Mapper
public interface PreferenceMapper {

    UserPreference find(String username);

    /** Stores both choices of {@code username}, replacing earlier ones; a null keeps what was stored. */
    void save(
            @Param("username") String username,
            @Param("locale") String locale,
            @Param("timeZone") String timeZone,
            @Param("now") Instant now);
}
