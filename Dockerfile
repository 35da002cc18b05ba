# Eventwire: one image for the three services (ingest, enrich, sink) and the
# `eventwire` command. Usage: docker run --rm eventwire:local <subcommand> [flags]
# Build: docker build -t eventwire:local .   (or: docker compose build)

############################################################################
# Build stage
############################################################################
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# 1. Poms (and Maven config) only, so the dependency download below stays
#    cached until a pom changes. Add a line here when a module is added; a
#    missing one only costs caching, never correctness (see `COPY . .`).
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY schemas/pom.xml  schemas/
COPY embedded/pom.xml embedded/
COPY testkit/pom.xml  testkit/
COPY ingest/pom.xml   ingest/
COPY enrich/pom.xml   enrich/
COPY sink/pom.xml     sink/
COPY runner/pom.xml   runner/

# 2. Pre-fetch third-party dependencies and plugins. go-offline cannot resolve
#    sibling reactor modules that are not built yet (MDEP-204/516), so our own
#    group is excluded and a partial failure is tolerated: whatever is still
#    missing is downloaded by the real build below.
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=io.eventwire || true

# 3. Sources, then the build. Produces runner/target/eventwire.jar and
#    runner/target/lib/ (the jar's manifest Class-Path points at lib/).
COPY . .
RUN mvn -B -q -DskipTests package \
 && test -f runner/target/eventwire.jar \
 && test -d runner/target/lib

############################################################################
# Runtime stage
############################################################################
FROM eclipse-temurin:17-jre

LABEL org.opencontainers.image.title="eventwire" \
      org.opencontainers.image.description="Eventwire: news wire copy to conflict events on Kafka (ingest, enrich, sink)"

# Non-root user with a fixed uid/gid (10001) so volume ownership is predictable.
# /var/lib/eventwire is the working directory and holds the Kafka Streams state.
# The state dir is created here, owned by that user, so a fresh named volume
# mounted on it inherits the ownership.
RUN groupadd --system --gid 10001 eventwire \
 && useradd --system --uid 10001 --gid eventwire \
        --home-dir /var/lib/eventwire --no-create-home \
        --shell /usr/sbin/nologin eventwire \
 && mkdir -p /app /var/lib/eventwire/state /data/inbox \
 && chown -R eventwire:eventwire /var/lib/eventwire

# Dependencies first (they change less often than our own code).
COPY --from=build /src/runner/target/lib/          /app/lib/
COPY --from=build /src/runner/target/eventwire.jar /app/eventwire.jar

# JVM sizing from the container memory limit; the throughput collector (the services are stream
# processors: throughput over pause times); die on OOM so the restart policy gives a clean process
# instead of a half-dead one; UTF-8 regardless of locale.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8" \
    EVENTWIRE_STATE_DIR=/var/lib/eventwire/state

USER 10001:10001
WORKDIR /var/lib/eventwire
VOLUME ["/var/lib/eventwire/state"]

ENTRYPOINT ["java", "-jar", "/app/eventwire.jar"]
CMD ["--help"]
