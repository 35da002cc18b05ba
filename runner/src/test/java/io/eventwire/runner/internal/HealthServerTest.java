package io.eventwire.runner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HealthServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersUpThenDownAsTheServiceChanges() throws Exception {
        AtomicBoolean healthy = new AtomicBoolean(true);
        try (HealthServer server = HealthServer.start(0, "sink", healthy::get, Map::of)) {
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            healthy.set(false);
            HttpResponse<String> down = get(server, "/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("DOWN\n");
        }
    }

    @Test
    void servesCountersInThePrometheusTextFormat() throws Exception {
        Map<String, Number> counters = new LinkedHashMap<>();
        counters.put("articlesStored", 5);
        counters.put("deadLettered", 0);
        try (HealthServer server = HealthServer.start(0, "sink", () -> true, () -> counters)) {
            assertThat(get(server, "/metrics").body()).isEqualTo("""
                    # TYPE eventwire_sink_articles_stored counter
                    eventwire_sink_articles_stored 5
                    # TYPE eventwire_sink_dead_lettered counter
                    eventwire_sink_dead_lettered 0
                    """);
        }
    }

    private HttpResponse<String> get(HealthServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
