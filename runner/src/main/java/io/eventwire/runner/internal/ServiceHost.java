package io.eventwire.runner.internal;

import io.eventwire.schemas.Service;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one service in the foreground until the JVM is asked to stop (SIGTERM, Ctrl-C) or the
 * service reports a failure; closes it either way.
 */
public final class ServiceHost {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceHost.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private ServiceHost() {
    }

    /**
     * Starts {@code service} and blocks until shutdown.
     *
     * @param failure the service's failure, checked every second
     * @return 0 after a requested stop, 1 after a failure
     */
    public static int runUntilStopped(String name, Service service, Supplier<Optional<Throwable>> failure) {
        return runUntilStopped(name, service, failure, null);
    }

    /**
     * What a service shows on its health endpoint.
     *
     * @param port the HTTP port of {@code /health} and {@code /metrics}
     * @param healthy whether the service is healthy now
     * @param counters its counters now, by name
     */
    public record Health(int port, BooleanSupplier healthy, Supplier<Map<String, Number>> counters) {
    }

    /** Like {@link #runUntilStopped(String, Service, Supplier)}, serving health and metrics when {@code health} is set. */
    public static int runUntilStopped(String name, Service service, Supplier<Optional<Throwable>> failure,
            @Nullable Health health) {
        HealthServer server = health == null ? null
                : HealthServer.start(health.port(), name, health.healthy(), health.counters());
        if (server != null) {
            LOG.info("{} serves /health and /metrics on port {}", name, server.port());
        }
        try {
            return hostUntilStopped(name, service, failure);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static int hostUntilStopped(String name, Service service, Supplier<Optional<Throwable>> failure) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            LOG.info("Stopping {}", name);
            stopped.countDown();
            service.close();
        }, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        service.start();
        LOG.info("{} running; stop it with SIGTERM or Ctrl-C", name);
        try {
            while (!stopped.await(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                Optional<Throwable> error = failure.get();
                if (error.isPresent()) {
                    LOG.error("{} failed", name, error.get());
                    Runtime.getRuntime().removeShutdownHook(hook);
                    service.close();
                    return 1;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
