package io.junction.web.openapi;

import io.junction.web.security.Role;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Completes every operation with what follows from its shape, so that an endpoint needs no more than its
 * summary: HTTP Basic; the roles that may call it ({@link ApiRoles}, in the description and as
 * {@code x-roles}); the problem answers an endpoint of its kind gives (401 always, 403 when a role is
 * refused, 400 when it takes input, 404 when its path names a resource, 415 when it is a POST or PUT);
 * problem-details content and an example for each of those and for the refusals an endpoint declares
 * itself ({@link ApiRefusal}: 409, 422, 503); the example of its request body ({@link ApiExamples}); and its
 * feature (the controller's package) as its tag.
 */
@Component
public class ApiOperationsCustomizer implements OpenApiCustomizer, OperationCustomizer {

    /** The name of the problem-details schema in the document's components. */
    static final String PROBLEM = "Problem";

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String ROLES_EXTENSION = "x-roles";

    private final ApiRoles roles;

    public ApiOperationsCustomizer(ApiRoles roles) {
        this.roles = roles;
    }

    /** Per handler method: its feature as tag, and the refusals it declares. */
    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String packageName = handler.getBeanType().getPackageName();
        operation.setTags(new ArrayList<>(List.of(packageName.substring(packageName.lastIndexOf('.') + 1))));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (ApiRefusal refusal :
                AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), ApiRefusal.class)) {
            ApiResponse response = new ApiResponse().description(refusal.description());
            ApiResponse success = responses.get("200");
            if (refusal.answerBody() && success != null) {
                response.setContent(success.getContent());
            }
            responses.addApiResponse(String.valueOf(refusal.status()), response);
        }
        operation.setResponses(responses);
        return operation;
    }

    /** Over the whole document: roles, security, the problem answers of each shape, examples. */
    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> complete(method, path, operation)));
    }

    private void complete(PathItem.HttpMethod method, String path, Operation operation) {
        List<Role> allowed = roles.allowed(method.name(), path);
        operation.addSecurityItem(new SecurityRequirement().addList(OpenApiConfiguration.BASIC));
        operation.addExtension(ROLES_EXTENSION, allowed.stream().map(Role::name).toList());
        String rolesLine = "Roles: "
                + (allowed.isEmpty()
                        ? "none"
                        : String.join(", ", allowed.stream().map(Role::name).toList())) + ".";
        operation.setDescription(
                operation.getDescription() == null ? rolesLine : operation.getDescription() + "\n\n" + rolesLine);

        boolean takesBody = operation.getRequestBody() != null;
        boolean takesInput = takesBody
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean writes = method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (takesInput) {
            addIfAbsent(
                    responses,
                    HttpStatus.BAD_REQUEST,
                    "The input is malformed or breaks a rule (the detail says which); nothing changed.");
        }
        addIfAbsent(responses, HttpStatus.UNAUTHORIZED, "No HTTP Basic credentials, or wrong ones.");
        if (allowed.size() < Role.values().length) {
            addIfAbsent(responses, HttpStatus.FORBIDDEN, "The user's role may not call this; " + rolesLine);
        }
        if (path.contains("{")) {
            addIfAbsent(responses, HttpStatus.NOT_FOUND, "Nothing with that id (or nothing the user may see).");
        }
        if (writes) {
            addIfAbsent(
                    responses,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    takesBody
                            ? "The body is not application/json."
                            : "A body-less call refuses a form's content type.");
        }
        responses.forEach((code, response) -> withProblemContent(code, response));
        operation.setResponses(sorted(responses));

        if (takesBody) {
            exampleBody(method, path, operation);
        }
    }

    private static void addIfAbsent(ApiResponses responses, HttpStatus status, String description) {
        responses.putIfAbsent(String.valueOf(status.value()), new ApiResponse().description(description));
    }

    /** A 4xx or 5xx answer without a body of its own is a problem detail. */
    private static void withProblemContent(String code, ApiResponse response) {
        if (!code.matches("[45]\\d\\d")
                || (response.getContent() != null && !response.getContent().isEmpty())) {
            return;
        }
        int status = Integer.parseInt(code);
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        Map<String, Object> example = ApiExamples.object(
                "type",
                "about:blank",
                "title",
                title,
                "status",
                status,
                "detail",
                response.getDescription(),
                "instance",
                "/api/v1/…");
        response.setContent(new Content()
                .addMediaType(
                        PROBLEM_JSON,
                        new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                .example(example)));
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        if (responses.getExtensions() != null) {
            sorted.setExtensions(responses.getExtensions());
        }
        return sorted;
    }

    private static void exampleBody(PathItem.HttpMethod method, String path, Operation operation) {
        Content content = operation.getRequestBody().getContent();
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
            String schema = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
            ApiExamples.requestBody(method.name(), path, schema).ifPresent(media::setExample);
        });
    }

    /** RFC 9457 problem details; handlers may add members of their own (e.g. {@code problems}, {@code orderId}). */
    private static Schema<?> problemSchema() {
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().description("a URI naming the kind of problem"));
        problem.addProperty("title", new StringSchema().description("the kind of problem, for people"));
        problem.addProperty("status", new IntegerSchema().description("the HTTP status"));
        problem.addProperty("detail", new StringSchema().description("what is wrong this time, for people"));
        problem.addProperty("instance", new StringSchema().description("the path that was called"));
        problem.additionalProperties(true);
        problem.setRequired(new ArrayList<>(List.of("title", "status")));
        return problem;
    }
}
