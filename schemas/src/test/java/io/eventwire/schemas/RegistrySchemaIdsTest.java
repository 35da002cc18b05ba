package io.eventwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.eventwire.schema.RawArticle;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry client against a small in-process server speaking the Confluent REST subset it uses. */
class RegistrySchemaIdsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private final Map<Integer, String> schemas = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final AtomicInteger nextId = new AtomicInteger(41);

    @BeforeEach
    void startRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopRegistry() {
        server.stop(0);
    }

    @Test
    void registersUnderTheTopicValueSubjectOnceAndReadsBackById() {
        RegistrySchemaIds ids = new RegistrySchemaIds(uri(), Optional.of("user:secret"));
        AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class, ids);

        byte[] first = serde.serialize("articles.raw", AvroSerdeTest.article());
        serde.serialize("articles.raw", AvroSerdeTest.article());
        RawArticle read = new AvroSerde<>(RawArticle.class, new RegistrySchemaIds(uri(), Optional.empty()))
                .deserialize("articles.raw", first);

        assertThat(read).isEqualTo(AvroSerdeTest.article());
        assertThat(requests).containsExactly("POST /subjects/articles.raw-value/versions Basic dXNlcjpzZWNyZXQ=",
                "GET /schemas/ids/42 none");
    }

    @Test
    void reportsARefusalWithTheRegistrysAnswer() {
        RegistrySchemaIds ids = new RegistrySchemaIds(uri(), Optional.empty());

        assertThatThrownBy(() -> ids.schemaFor(999))
                .isInstanceOf(SchemaIds.SchemaIdException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("Schema not found");
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String auth = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("none");
        requests.add(exchange.getRequestMethod() + " " + path + " " + auth);
        if (exchange.getRequestMethod().equals("POST") && path.startsWith("/subjects/")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            int id = nextId.incrementAndGet();
            schemas.put(id, body.get("schema").asText());
            reply(exchange, 200, JSON.writeValueAsString(Map.of("id", id)));
        } else if (path.startsWith("/schemas/ids/")) {
            String schema = schemas.get(Integer.parseInt(path.substring("/schemas/ids/".length())));
            if (schema == null) {
                reply(exchange, 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
            } else {
                reply(exchange, 200, JSON.writeValueAsString(Map.of("schema", schema)));
            }
        } else {
            reply(exchange, 404, "{}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
