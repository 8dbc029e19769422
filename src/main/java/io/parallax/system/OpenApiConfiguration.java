package io.parallax.system;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the OpenAPI document say what the API really answers: the HTTP Basic scheme writes need, and the errors every
 * operation can meet (invalid input, missing credentials, too large, throttled, database unavailable).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BASIC = "basicAuth";

    @Bean
    OpenApiCustomizer honestAnswers() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("The admin's or an editor's name and password, sent with every write."));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
                if (operation.getResponses() == null) {
                    operation.setResponses(new ApiResponses());
                }
                if (write) {
                    operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
                    add(operation, "401", "No valid credentials on this request (a session cookie alone is not enough).");
                    add(operation, "413", "The request body is over 1 MB.");
                    add(operation, "429", "Too many failed sign-ins from this client or for this user; see Retry-After.");
                }
                if (write && "/api/articles".equals(path) && method == PathItem.HttpMethod.POST) {
                    operation.getResponses().addApiResponse("201", new ApiResponse().description("Stored; Location names the new article.")
                            .content(operation.getResponses().containsKey("200") ? operation.getResponses().get("200").getContent() : null));
                    operation.getResponses().get("200").description("Already stored (\"duplicate\": true).");
                }
                add(operation, "400", "Invalid input; the problem details name each bad field.");
                add(operation, "503", "The database is unavailable for a moment; try again after Retry-After seconds.");
            }));
        };
    }

    private static void add(Operation operation, String status, String description) {
        if (!operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<Map<String, Object>>().type("object")))));
        }
    }
}
