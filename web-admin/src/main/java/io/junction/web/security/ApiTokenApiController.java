package io.junction.web.security;

import io.junction.web.api.ApiInputException;
import io.junction.web.api.ApiProblems;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens for handheld apps: issued at sign-in (a call signed in with the user name and password),
 * one per device, listed and revoked by their user, and by an admin for anyone.
 */
@RestController
@RequestMapping("/api/v1/tokens")
public class ApiTokenApiController {

    private final ApiTokens tokens;
    private final ApiProblems problems;

    public ApiTokenApiController(ApiTokens tokens, ApiProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /**
     * A token to ask for.
     *
     * @param device the device's name, as its user will recognise it in the list
     * @param days how long the token holds, {@value ApiTokens#DEFAULT_DAYS} days when not given
     */
    public record TokenRequest(String device, Integer days) {}

    /** A token as listed: never the token itself. */
    public record TokenView(
            long id, String username, String device, Instant createdAt, Instant expiresAt, Instant revokedAt) {

        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.username(), t.device(), t.createdAt(), t.expiresAt(), t.revokedAt());
        }
    }

    /** The list of tokens. */
    public record TokenList(List<TokenView> items) {}

    @Operation(
            summary = "Issue an API token for a device (sign in with HTTP Basic); the token is shown this once",
            description = "Send it as `Authorization: Bearer <token>` on later calls.")
    @ApiRefusal(status = 400, description = "The device name or the lifetime is missing or out of range.")
    @PostMapping
    public ResponseEntity<ApiTokens.Issued> issue(@RequestBody TokenRequest request, Authentication caller) {
        if (caller instanceof BearerTokenFilter.TokenAuthentication) {
            throw new ApiInputException("Authorization", "problems.token.byToken");
        }
        String device = request == null || request.device() == null
                ? ""
                : request.device().strip();
        if (device.isEmpty() || device.length() > 64) {
            throw new ApiInputException("device", "problems.token.device");
        }
        int days = request.days() == null ? ApiTokens.DEFAULT_DAYS : request.days();
        if (days < 1 || days > ApiTokens.MAX_DAYS) {
            throw new ApiInputException("days", "problems.token.days", ApiTokens.MAX_DAYS);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.issue(caller.getName(), device, days));
    }

    @Operation(summary = "The caller's tokens; an admin may ask for every user's (all=true)")
    @GetMapping
    public TokenList list(@RequestParam(defaultValue = "false") boolean all, Authentication caller) {
        boolean everyone = all && isAdmin(caller);
        return new TokenList(tokens.list(everyone ? null : caller.getName()).stream()
                .map(TokenView::of)
                .toList());
    }

    @Operation(summary = "Revoke a token: the caller's own, or anyone's for an admin")
    @ApiRefusal(status = 404, description = "No such token of the caller.")
    @DeleteMapping("/{id}")
    public ResponseEntity<Object> revoke(@PathVariable long id, Authentication caller) {
        if (!tokens.revoke(id, caller.getName(), isAdmin(caller))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(problems.problem(HttpStatus.NOT_FOUND, "problems.token.notFound", id));
        }
        return ResponseEntity.noContent().build();
    }

    static boolean isAdmin(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
    }
}
