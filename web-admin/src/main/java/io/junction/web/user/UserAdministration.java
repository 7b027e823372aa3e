package io.junction.web.user;

import io.junction.persistence.GeneratedId;
import io.junction.shop.ShopMapper;
import io.junction.web.security.AppUser;
import io.junction.web.security.Role;
import io.junction.web.security.UserMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the users API and the Users page both do: add users, change their name, role and shops, reset
 * their password, disable and enable them. Every input is checked before anything changes, and every
 * reason is told at once. No change may leave the installation without an enabled admin.
 */
@Service
public class UserAdministration {

    /** {@code app_user.username} holds this many characters. */
    public static final int MAX_USERNAME = 64;

    public static final int MIN_PASSWORD = 8;
    /** bcrypt reads no more than this many bytes of a password; a longer one would be cut silently. */
    public static final int MAX_PASSWORD_BYTES = 72;

    static final int MAX_SHOPS = 1000;

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    private final UserMapper users;
    private final ShopMapper shops;
    private final PasswordEncoder encoder;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    public UserAdministration(
            UserMapper users,
            ShopMapper shops,
            PasswordEncoder encoder,
            MessageSource messages,
            PlatformTransactionManager txManager) {
        this.users = users;
        this.shops = shops;
        this.encoder = encoder;
        this.messages = messages;
        this.tx = new TransactionTemplate(txManager);
    }

    public List<UserView> all() {
        Map<Long, List<Long>> grants = users.allGrants().stream()
                .collect(Collectors.groupingBy(
                        UserMapper.Grant::userId, Collectors.mapping(UserMapper.Grant::shopId, Collectors.toList())));
        return users.findAll().stream()
                .map(u -> UserView.of(u, grants.getOrDefault(u.id(), List.of())))
                .toList();
    }

    /** @throws NoSuchElementException when there is no such user */
    public UserView get(long id) {
        return UserView.of(require(id), users.shopIds(id));
    }

    /**
     * Adds an enabled user.
     *
     * @throws UserRefusedException with every reason, nothing added
     */
    public UserView add(UserChange asked, String who) {
        List<UserRefusedException.Problem> problems = new ArrayList<>();
        String username = checkUsername(asked.username(), null, problems);
        checkPassword(asked.password(), true, problems);
        Role role = checkRole(asked.role(), problems);
        List<Long> shopIds = checkShops(asked.shopIds(), role, problems);
        refuseIfAny(problems);
        long id;
        try {
            id = tx.execute(s -> {
                GeneratedId key = new GeneratedId();
                users.create(key, username, encoder.encode(asked.password()), role);
                grant(key.get(), shopIds);
                return key.get();
            });
        } catch (DuplicateKeyException sameNameMeanwhile) {
            throw taken(username);
        }
        log.info(
                "User {} ({}, {}) added by {}",
                username,
                role,
                shopIds.isEmpty() ? "every shop" : "shops " + shopIds,
                who);
        return get(id);
    }

    /**
     * Changes a user's name, role and shops; their password too when one is given. A name or role left
     * out is kept; shops left out mean every shop.
     *
     * @throws NoSuchElementException when there is no such user
     * @throws UserRefusedException with every reason, nothing changed
     */
    public UserView update(long id, UserChange asked, String who) {
        AppUser user = require(id);
        List<UserRefusedException.Problem> problems = new ArrayList<>();
        String username = asked.username() == null ? user.username() : checkUsername(asked.username(), id, problems);
        checkPassword(asked.password(), false, problems);
        Role role = asked.role() == null ? user.role() : checkRole(asked.role(), problems);
        List<Long> shopIds = checkShops(asked.shopIds(), role, problems);
        refuseIfAny(problems);
        String hash = asked.password() == null ? null : encoder.encode(asked.password());
        try {
            tx.executeWithoutResult(s -> {
                if (role != Role.ADMIN) {
                    keepAnAdmin(user);
                }
                users.update(id, username, role, hash);
                grant(id, shopIds);
            });
        } catch (DuplicateKeyException sameNameMeanwhile) {
            throw taken(username);
        }
        log.info(
                "User {} changed by {}: {} as {}, {}{}",
                id,
                who,
                username,
                role,
                shopIds.isEmpty() ? "every shop" : "shops " + shopIds,
                hash == null ? "" : ", password reset");
        return get(id);
    }

    /**
     * Sets a new password; the user's other settings stay.
     *
     * @throws UserRefusedException when the password is too short or too long
     */
    public UserView resetPassword(long id, String password, String who) {
        AppUser user = require(id);
        List<UserRefusedException.Problem> problems = new ArrayList<>();
        checkPassword(password, true, problems);
        refuseIfAny(problems);
        users.update(id, user.username(), user.role(), encoder.encode(password));
        log.info("Password of user {} ({}) reset by {}", id, user.username(), who);
        return get(id);
    }

    /** @throws UserRefusedException when they are the last enabled admin */
    public UserView disable(long id, String who) {
        AppUser user = require(id);
        tx.executeWithoutResult(s -> {
            keepAnAdmin(user);
            users.setEnabled(id, false);
        });
        log.info("User {} ({}) disabled by {}", id, user.username(), who);
        return get(id);
    }

    public UserView enable(long id, String who) {
        AppUser user = require(id);
        users.setEnabled(id, true);
        log.info("User {} ({}) enabled by {}", id, user.username(), who);
        return get(id);
    }

    /** The rules a user name follows, for the first admin too; the name as it will be stored. */
    static String checkUsername(
            String asked,
            Long self,
            List<UserRefusedException.Problem> problems,
            UserMapper users,
            MessageSource messages) {
        String username = asked == null ? "" : asked.strip();
        Locale locale = LocaleContextHolder.getLocale();
        if (username.isEmpty()) {
            problems.add(new UserRefusedException.Problem(
                    "username", messages.getMessage("users.problem.username.blank", null, locale)));
            return username;
        }
        if (username.codePointCount(0, username.length()) > MAX_USERNAME) {
            problems.add(new UserRefusedException.Problem(
                    "username",
                    messages.getMessage("users.problem.username.tooLong", new Object[] {MAX_USERNAME}, locale)));
        }
        if (username.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
            problems.add(new UserRefusedException.Problem(
                    "username", messages.getMessage("users.problem.username.control", null, locale)));
        }
        if (users != null) {
            AppUser same = users.findByUsername(username);
            if (same != null && !Objects.equals(same.id(), self)) {
                problems.add(new UserRefusedException.Problem(
                        "username",
                        messages.getMessage("users.problem.username.taken", new Object[] {username}, locale)));
            }
        }
        return username;
    }

    /** The rules a password follows, for the first admin too. */
    static void checkPassword(
            String password, boolean required, List<UserRefusedException.Problem> problems, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        if (password == null) {
            if (required) {
                problems.add(new UserRefusedException.Problem(
                        "password",
                        messages.getMessage("users.problem.password.short", new Object[] {MIN_PASSWORD}, locale)));
            }
            return;
        }
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            problems.add(new UserRefusedException.Problem(
                    "password",
                    messages.getMessage("users.problem.password.short", new Object[] {MIN_PASSWORD}, locale)));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new UserRefusedException.Problem(
                    "password",
                    messages.getMessage("users.problem.password.long", new Object[] {MAX_PASSWORD_BYTES}, locale)));
        }
    }

    private String checkUsername(String asked, Long self, List<UserRefusedException.Problem> problems) {
        return checkUsername(asked, self, problems, users, messages);
    }

    private void checkPassword(String password, boolean required, List<UserRefusedException.Problem> problems) {
        checkPassword(password, required, problems, messages);
    }

    private Role checkRole(String asked, List<UserRefusedException.Problem> problems) {
        String names = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
        if (asked == null || asked.isBlank()) {
            problems.add(problem("role", "users.problem.role.unknown", "", names));
            return null;
        }
        try {
            return Role.valueOf(asked.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(problem("role", "users.problem.role.unknown", asked.strip(), names));
            return null;
        }
    }

    private List<Long> checkShops(Collection<Long> asked, Role role, List<UserRefusedException.Problem> problems) {
        if (asked == null || asked.isEmpty()) {
            return List.of();
        }
        if (asked.size() > MAX_SHOPS) {
            problems.add(problem("shopIds", "users.problem.shop.tooMany", MAX_SHOPS));
            return List.of();
        }
        if (role == Role.ADMIN) {
            problems.add(problem("shopIds", "users.problem.shop.admin"));
        }
        List<Long> shopIds = new ArrayList<>(new LinkedHashSet<>(asked));
        for (Long shopId : shopIds) {
            if (shopId == null || shops.findById(shopId) == null) {
                problems.add(problem("shopIds", "users.problem.shop.unknown", String.valueOf(shopId)));
            }
        }
        return shopIds;
    }

    /** Refuses a change that takes the user away from the enabled admins when no other one is left. */
    private void keepAnAdmin(AppUser user) {
        if (user.role() != Role.ADMIN || !user.enabled()) {
            return;
        }
        // Locked in one order on every node, so that two admins demoting each other cannot both pass.
        List<Long> admins = users.lockEnabledAdmins();
        if (admins.stream().noneMatch(id -> id != user.id())) {
            throw new UserRefusedException(List.of(problem("role", "users.problem.lastAdmin")), true);
        }
    }

    private void grant(long userId, List<Long> shopIds) {
        users.deleteGrants(userId);
        if (!shopIds.isEmpty()) {
            users.insertGrants(userId, shopIds);
        }
    }

    private AppUser require(long id) {
        AppUser user = users.findById(id);
        if (user == null) {
            throw new NoSuchElementException(
                    messages.getMessage("users.notFound", new Object[] {id}, LocaleContextHolder.getLocale()));
        }
        return user;
    }

    private UserRefusedException.Problem problem(String field, String key, Object... args) {
        return new UserRefusedException.Problem(field, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    private UserRefusedException taken(String username) {
        return new UserRefusedException(List.of(problem("username", "users.problem.username.taken", username)), false);
    }

    private static void refuseIfAny(List<UserRefusedException.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new UserRefusedException(problems, false);
        }
    }
}
