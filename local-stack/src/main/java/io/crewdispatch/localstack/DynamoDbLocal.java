package io.crewdispatch.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB Local in its own JVM, keeping its tables in one file under var/dynamodb ({@code
 * -sharedDb}: the same tables whatever region or credentials a client uses).
 */
final class DynamoDbLocal implements Component {

  private final StackConfig config;
  private final Path dataDir;
  private ChildProcess process;

  DynamoDbLocal(StackConfig config) {
    this.config = config;
    this.dataDir = config.varDir().resolve("dynamodb");
  }

  @Override
  public String name() {
    return "dynamodb";
  }

  @Override
  public void start() throws Exception {
    Files.createDirectories(dataDir);
    process =
        new ChildProcess(
            "dynamodb",
            List.of(
                ChildProcess.javaExecutable(),
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-cp",
                ChildProcess.classpath(config.root()),
                "com.amazonaws.services.dynamodbv2.local.main.ServerRunner",
                "-dbPath",
                dataDir.toString(),
                "-sharedDb",
                "-port",
                String.valueOf(config.dynamoDbPort()),
                "-disableTelemetry"),
            Map.of(),
            config.root(),
            config.varDir());
    process.start();
    process.awaitReady(this::answers, Duration.ofMinutes(2));
  }

  @Override
  public String location() {
    return config.dynamoDbEndpoint() + "  (tables in " + dataDir + ")";
  }

  @Override
  public void close() {
    if (process != null) {
      process.stop(Duration.ofSeconds(10));
    }
  }

  private boolean answers() {
    try {
      HttpResponse<Void> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(config.dynamoDbEndpoint()))
                      .timeout(Duration.ofSeconds(1))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() > 0;
    } catch (Exception notYet) {
      return false;
    }
  }
}
