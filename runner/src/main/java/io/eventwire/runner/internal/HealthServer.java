package io.eventwire.runner.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A small HTTP endpoint for a standalone service: {@code GET /health} answers 200 {@code UP} while the
 * service is healthy and 503 {@code DOWN} otherwise (for container health checks and load balancers);
 * {@code GET /metrics} gives the service's counters in the Prometheus text format.
 */
public final class HealthServer implements AutoCloseable {

    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts serving on {@code port} (0: any free port) on all interfaces.
     *
     * @param service the service name, the prefix of every metric ({@code eventwire_<service>_...})
     * @param healthy whether the service is healthy now
     * @param counters the service's counters now, by metric name
     */
    public static HealthServer start(int port, String service, BooleanSupplier healthy,
            Supplier<Map<String, Number>> counters) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            server.createContext("/health", exchange -> {
                boolean up = healthy.getAsBoolean();
                reply(exchange, up ? 200 : 503, up ? "UP\n" : "DOWN\n");
            });
            server.createContext("/metrics", exchange -> reply(exchange, 200, prometheus(service, counters.get())));
            server.start();
            return new HealthServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve health checks on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    static String prometheus(String service, Map<String, Number> counters) {
        StringBuilder out = new StringBuilder();
        counters.forEach((name, value) -> {
            String metric = "eventwire_" + service + "_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            out.append("# TYPE ").append(metric).append(" counter\n").append(metric).append(' ').append(value).append('\n');
        });
        return out.toString();
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
