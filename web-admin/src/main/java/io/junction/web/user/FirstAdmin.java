package io.junction.web.user;

import io.junction.web.security.Role;
import io.junction.web.security.UserMapper;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first admin of an installation without the demo: on a start against an empty user table, an
 * admin is made from {@code JUNCTION_ADMIN_USER} and {@code JUNCTION_ADMIN_PASSWORD}
 * ({@code junction.admin.user}, {@code junction.admin.password}); without them, or with a password
 * shorter than 8 characters, Junction refuses to start, since nobody could sign in to it. Once any
 * user exists they are never read again, so the admin keeps the password they set later on.
 * Checked before the web server and the schedules start.
 */
@Component
@ConditionalOnProperty(name = "junction.demo.enabled", havingValue = "false")
public class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserMapper users;
    private final PasswordEncoder encoder;
    private final MessageSource messages;
    private final String username;
    private final String password;

    public FirstAdmin(
            UserMapper users,
            PasswordEncoder encoder,
            MessageSource messages,
            @Value("${junction.admin.user:}") String username,
            @Value("${junction.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.messages = messages;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (users.count() > 0) {
            return;
        }
        List<UserRefusedException.Problem> problems = new ArrayList<>();
        String name = UserAdministration.checkUsername(username, null, problems, null, messages);
        UserAdministration.checkPassword(
                password == null || password.isEmpty() ? null : password, true, problems, messages);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("No user exists yet, and JUNCTION_ADMIN_USER / JUNCTION_ADMIN_PASSWORD"
                    + " (junction.admin.user / junction.admin.password) do not name a first admin: "
                    + String.join(
                            "; ",
                            problems.stream()
                                    .map(UserRefusedException.Problem::reason)
                                    .toList())
                    + ". Set both (a password of at least " + UserAdministration.MIN_PASSWORD
                    + " characters) to create the first admin, then start again.");
        }
        try {
            users.insert(name, encoder.encode(password), Role.ADMIN);
            log.info("First admin '{}' created from JUNCTION_ADMIN_USER; later starts leave it as it is", name);
        } catch (DuplicateKeyException anotherNodeMadeItFirst) {
            log.info("First admin '{}' was created by another node", name);
        }
    }
}
