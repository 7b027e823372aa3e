package io.junction.web.demo;

import io.junction.web.security.AppUser;
import io.junction.web.security.Role;
import io.junction.web.security.UserMapper;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's three users, admin, clerk and packer, one per role. Their password comes from
 * {@code JUNCTION_DEMO_PASSWORD}; without it a random one is made at each start and printed once to
 * the console (never to the log). There is no fixed default anywhere.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "junction.demo.enabled", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

    private final DemoProperties demo;
    private final UserMapper users;
    private final PasswordEncoder encoder;

    public DemoUsers(DemoProperties demo, UserMapper users, PasswordEncoder encoder) {
        this.demo = demo;
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean given = demo.password() != null && !demo.password().isBlank();
        String password = given ? demo.password() : randomPassword();
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase();
            String hash = encoder.encode(password);
            AppUser existing = users.findByUsername(username);
            if (existing == null) {
                users.insert(username, hash, role);
            } else {
                users.updatePassword(username, hash);
            }
        }
        if (!given) {
            System.out.printf(
                    "%n  Junction demo: sign in at http://localhost:%s as admin, clerk or packer with password %s%n"
                            + "  (set JUNCTION_DEMO_PASSWORD to choose it)%n%n",
                    System.getProperty("server.port", "8080"), password);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
