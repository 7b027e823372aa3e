package io.junction.web.stock;

import io.junction.allocation.AllocationSettings;
import io.junction.web.api.ApiInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seller's allocation setting over JSON (ADMIN). */
@RestController
@RequestMapping("/api/v1/settings/allocation")
public class AllocationSettingsApiController {

    private final AllocationSettings settings;

    public AllocationSettingsApiController(AllocationSettings settings) {
        this.settings = settings;
    }

    /** Whether reviewed orders are allocated by themselves, and waiting ones when their stock arrives. */
    public record AllocationSetting(Boolean autoAllocate) {}

    @Operation(summary = "Whether reviewed orders are allocated by themselves (and waiting ones when stock arrives)")
    @GetMapping
    public AllocationSetting get() {
        return new AllocationSetting(settings.autoAllocate());
    }

    @Operation(summary = "Turn automatic allocation of reviewed orders on or off")
    @PutMapping
    public AllocationSetting put(@RequestBody AllocationSetting request, Principal user) {
        if (request.autoAllocate() == null) {
            throw new ApiInputException("autoAllocate", "problems.parameter.missing", "autoAllocate");
        }
        settings.setAutoAllocate(request.autoAllocate(), user.getName());
        return get();
    }
}
