# syntax=docker/dockerfile:1

# Build: dependencies first (a layer that changes only with pom.xml), then the sources.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q -DskipTests package && cp target/gendan-*.jar gendan.jar

# Run: JRE only, as an unprivileged user that cannot write the application jar.
FROM eclipse-temurin:17-jre
# curl is for the HEALTHCHECK; the base image ships it only "for historical reasons".
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --user-group --no-create-home --shell /usr/sbin/nologin gendan
WORKDIR /app
COPY --from=build /workspace/gendan.jar gendan.jar
USER gendan
ENV SPRING_PROFILES_ACTIVE=postgres \
    TZ=Asia/Shanghai \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl --fail --silent --show-error --output /dev/null http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/gendan.jar"]
