package io.junction.web.security;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Users. SQL in UserMapper.xml beside this interface. */
@Mapper
public interface UserMapper {

    AppUser findByUsername(String username);

    List<AppUser> findAll();

    void insert(@Param("username") String username, @Param("passwordHash") String passwordHash, @Param("role") Role role);

    int updatePassword(@Param("username") String username, @Param("passwordHash") String passwordHash);
}
