# Build with the Maven wrapper, run the layered jar on a JRE as a non-root user.
# The base images are arguments, for teams with their own: any JDK 17 image to build in, any JRE 17
# image with bash and useradd to run on (docs/container-image.md).
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
# Dependencies first: this layer is rebuilt only when pom.xml changes. dependency:resolve follows the
# pom's exclusions (dependency:go-offline does not, and fails on the GraphiQL webjar's npm ranges)
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:resolve dependency:resolve-plugins
COPY schema schema
COPY seed-data seed-data
COPY src src
# Offline: everything the package needs is in the layer above, so a code change downloads nothing
RUN ./mvnw -B -q -o package -Dmaven.test.skip=true \
	&& java -Djarmode=tools -jar target/parlgraph-*.jar extract --layers --launcher --destination /layers

FROM ${RUNTIME_IMAGE}
# The embedded database's folder, writable by the app's user; mount a volume on it to keep it
RUN useradd --system --uid 10001 --no-create-home parlgraph && mkdir /data && chown parlgraph /data
ENV PARLGRAPH_DATA_DIR=/data
VOLUME /data
WORKDIR /app
# Least often changed first, so a code change rebuilds only the last layer
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER parlgraph
EXPOSE 8080
# Heap sized from the container's memory limit; on OutOfMemoryError exit and let it be restarted
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# Healthy means ready to serve (the database answers); the readiness probe is on the main port in
# every profile (the actuator may have a port of its own); bash's /dev/tcp needs no curl in the image.
# It turns healthy at the first answer; failures count only after the start period, long enough for
# two instances starting at once on a busy 2-core machine (3 minutes, measured)
HEALTHCHECK --interval=10s --timeout=5s --start-period=240s --retries=3 CMD \
	bash -c 'exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} \
	&& printf "GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" >&3 \
	&& head -n 1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
