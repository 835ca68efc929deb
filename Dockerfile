# Build with the Maven wrapper, run the layered jar on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY schema schema
COPY seed-data seed-data
COPY src src
RUN ./mvnw -B -q package -DskipTests \
	&& java -Djarmode=tools -jar target/parlgraph-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home parlgraph
WORKDIR /app
# Least often changed first, so a code change rebuilds only the last layer
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER parlgraph
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
