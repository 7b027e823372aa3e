/**
 * The REST API described with OpenAPI ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}, ADMIN).
 * Each endpoint names its summary ({@code @Operation(summary = …)}) and any refusal of its own
 * ({@code @ApiResponse(responseCode = "409", description = …)}); everything else is derived here: the roles
 * that reach it from the security configuration itself, HTTP Basic, the problem answers every endpoint of
 * its shape can give, and the request body's example from {@link io.junction.web.openapi.ApiExamples}.
 */
package io.junction.web.openapi;
