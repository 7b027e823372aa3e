package io.junction.web.security;

import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** API tokens, by the hash of the token. SQL in ApiTokenMapper.xml beside this interface. */
@Mapper
public interface ApiTokenMapper {

    void insert(
            @Param("key") GeneratedId key,
            @Param("userId") long userId,
            @Param("device") String device,
            @Param("hash") String hash,
            @Param("now") Instant now,
            @Param("expiresAt") Instant expiresAt);

    /** The enabled user a token that holds at {@code now} signs in, in one read; null when none does. */
    AppUser findUserOfActive(@Param("hash") String hash, @Param("now") Instant now);

    ApiToken findById(long id);

    /** The user's tokens, newest first; every user's when {@code userId} is null. */
    List<ApiToken> list(@Param("userId") Long userId);

    int revoke(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);
}
