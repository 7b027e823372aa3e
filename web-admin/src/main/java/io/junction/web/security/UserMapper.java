package io.junction.web.security;

import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Users, their shop grants and the failed sign-ins counted against them. SQL in UserMapper.xml beside
 * this interface.
 */
@Mapper
public interface UserMapper {

    AppUser findByUsername(String username);

    AppUser findById(long id);

    List<AppUser> findAll();

    long count();

    /** The enabled admins' ids, their rows locked until the transaction ends. */
    List<Long> lockEnabledAdmins();

    void insert(
            @Param("username") String username, @Param("passwordHash") String passwordHash, @Param("role") Role role);

    /** Adds an enabled user; its id lands in {@code key}. */
    void create(
            @Param("key") GeneratedId key,
            @Param("username") String username,
            @Param("passwordHash") String passwordHash,
            @Param("role") Role role);

    int updatePassword(@Param("username") String username, @Param("passwordHash") String passwordHash);

    /** Renames the user and sets their role; the password only when a hash is given. */
    int update(
            @Param("id") long id,
            @Param("username") String username,
            @Param("role") Role role,
            @Param("passwordHash") String passwordHash);

    int setEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

    /** The shops the user may work on; none means every shop. */
    List<Long> shopIds(long userId);

    /** Every grant, for the list of users. */
    List<Grant> allGrants();

    /** One user's grant of one shop. */
    record Grant(long userId, long shopId) {}

    void deleteGrants(long userId);

    void insertGrants(@Param("userId") long userId, @Param("shopIds") Collection<Long> shopIds);

    /** The failed sign-ins counted for the user name from the address, locked against other nodes. */
    SignInFailures findFailuresForUpdate(@Param("username") String username, @Param("address") String address);

    SignInFailures findFailures(@Param("username") String username, @Param("address") String address);

    void insertFailure(@Param("username") String username, @Param("address") String address, @Param("now") Instant now);

    int updateFailures(@Param("f") SignInFailures failures);

    int deleteFailures(@Param("username") String username, @Param("address") String address);
}
