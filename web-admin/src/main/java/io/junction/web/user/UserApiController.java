package io.junction.web.user;

import io.junction.web.api.ApiProblems;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users over JSON, for admins: list, add, change (name, role, shops, and the password when given),
 * reset a password, disable and enable. Passwords go in and never come back, not even as hashes; a
 * refusal is a problem that lists every reason and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/users")
public class UserApiController {

    private final UserAdministration users;
    private final ApiProblems problems;

    public UserApiController(UserAdministration users, ApiProblems problems) {
        this.users = users;
        this.problems = problems;
    }

    /** A new password. {@link #toString()} never prints it. */
    public record PasswordRequest(String password) {
        @Override
        public String toString() {
            return "PasswordRequest[…]";
        }
    }

    @GetMapping
    @Operation(summary = "List users with their role, shops and whether they may sign in")
    public List<UserView> list() {
        return users.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user")
    public UserView get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping
    @Operation(summary = "Add a user with a role and the shops they may work on (none: all shops)")
    public ResponseEntity<UserView> add(@RequestBody UserChange request, Principal admin) {
        UserView user = users.add(request, admin.getName());
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a user's name, role, shops, and password when given")
    @ApiRefusal(status = 409, description = "The change would leave no enabled admin")
    public UserView update(@PathVariable long id, @RequestBody UserChange request, Principal admin) {
        return users.update(id, request, admin.getName());
    }

    @PostMapping("/{id}/password")
    @Operation(summary = "Reset a user's password")
    public UserView resetPassword(@PathVariable long id, @RequestBody PasswordRequest request, Principal admin) {
        return users.resetPassword(id, request.password(), admin.getName());
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable a user: they can no longer sign in")
    @ApiRefusal(status = 409, description = "The change would leave no enabled admin")
    public UserView disable(@PathVariable long id, Principal admin) {
        return users.disable(id, admin.getName());
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a user again")
    public UserView enable(@PathVariable long id, Principal admin) {
        return users.enable(id, admin.getName());
    }

    @ExceptionHandler(UserRefusedException.class)
    ProblemDetail refused(UserRefusedException e) {
        return problems.refusedChange(e, e.problems(), e.conflict() ? "users.refused.lastAdmin" : "users.refused");
    }
}
