package io.eventwire.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Schema ids from a registry speaking the Confluent REST API (Confluent Schema Registry, Apicurio's
 * ccompat API, Karapace, Redpanda). Schemas are registered under their subject on first use and both
 * directions are cached, so the registry is asked once per schema and id.
 *
 * <p>Thread safe.
 */
public final class RegistrySchemaIds implements SchemaIds {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUri;
    private final Optional<String> authorization;
    private final HttpClient http;
    private final Map<String, Integer> idBySubjectAndSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemaById = new ConcurrentHashMap<>();

    /**
     * @param baseUri the registry's base URL, e.g. {@code http://registry:8081}
     * @param basicAuthUserInfo {@code user:password} for HTTP basic auth, or empty
     */
    public RegistrySchemaIds(URI baseUri, Optional<String> basicAuthUserInfo) {
        String base = baseUri.toString();
        this.baseUri = URI.create(base.endsWith("/") ? base : base + "/");
        this.authorization = basicAuthUserInfo.map(
                info -> "Basic " + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8)));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public int idFor(String subject, Schema schema) {
        return idBySubjectAndSchema.computeIfAbsent(subject + '\n' + schema, key -> register(subject, schema));
    }

    @Override
    public Schema schemaFor(int id) {
        return schemaById.computeIfAbsent(id, this::fetch);
    }

    private int register(String subject, Schema schema) {
        String path = "subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "/versions";
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("schemaType", "AVRO", "schema", schema.toString()));
        } catch (IOException e) {
            throw new SchemaIdException("cannot encode schema " + schema.getFullName(), e);
        }
        JsonNode answer = send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                "register " + schema.getFullName() + " under " + subject);
        int id = answer.path("id").asInt(-1);
        if (id < 0) {
            throw new SchemaIdException("registry answered without an id when registering " + subject + ": " + answer);
        }
        schemaById.putIfAbsent(id, schema);
        return id;
    }

    private Schema fetch(int id) {
        JsonNode answer = send(request("schemas/ids/" + id).GET().build(), "fetch schema id " + id);
        String text = answer.path("schema").asText(null);
        if (text == null) {
            throw new SchemaIdException("registry answered without a schema for id " + id + ": " + answer);
        }
        return new Schema.Parser().parse(text);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", CONTENT_TYPE + ", application/json");
        authorization.ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private JsonNode send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new SchemaIdException("schema registry refused to " + what + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SchemaIdException("cannot reach schema registry at " + baseUri + " to " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaIdException("interrupted while trying to " + what, e);
        }
    }
}
