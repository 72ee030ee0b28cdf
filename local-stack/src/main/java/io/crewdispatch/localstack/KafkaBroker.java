package io.crewdispatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode (combined broker and controller, replication factor 1), run
 * from the kafka_2.13 Maven artifact in its own JVM. Its log directory stays under var/kafka, so a
 * second run keeps every topic.
 */
final class KafkaBroker implements Component {

  private final StackConfig config;
  private final Path home;
  private ChildProcess process;

  KafkaBroker(StackConfig config) {
    this.config = config;
    this.home = config.varDir().resolve("kafka");
  }

  @Override
  public String name() {
    return "kafka";
  }

  @Override
  public void start() throws Exception {
    Path properties = writeProperties();
    if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
      format(properties);
    }
    process =
        new ChildProcess(
            "kafka",
            List.of(
                ChildProcess.javaExecutable(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-cp",
                ChildProcess.classpath(config.root()),
                "kafka.Kafka",
                properties.toString()),
            Map.of(),
            config.root(),
            config.varDir());
    process.start();
    process.awaitReady(this::answers, Duration.ofMinutes(2));
  }

  @Override
  public String location() {
    return config.kafkaBootstrapServers() + "  (KRaft; data in " + home.resolve("data") + ")";
  }

  @Override
  public void close() {
    if (process != null) {
      process.stop(Duration.ofSeconds(20));
    }
  }

  private Path writeProperties() throws IOException {
    Files.createDirectories(home);
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty(
        "controller.quorum.bootstrap.servers", "localhost:" + config.kafkaControllerPort());
    p.setProperty(
        "listeners",
        "PLAINTEXT://localhost:"
            + config.kafkaPort()
            + ",CONTROLLER://localhost:"
            + config.kafkaControllerPort());
    p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + config.kafkaPort());
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
    p.setProperty("log.dirs", home.resolve("data").toString());
    p.setProperty("num.partitions", "3");
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "3");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    Path file = home.resolve("server.properties");
    try (var out = Files.newBufferedWriter(file)) {
      p.store(out, "written by local-stack on every start");
    }
    return file;
  }

  private void format(Path properties) throws Exception {
    String clusterId = Uuid.fromString(Uuid.randomUuid().toString()).toString();
    ChildProcess formatter =
        new ChildProcess(
            "kafka-format",
            List.of(
                ChildProcess.javaExecutable(),
                "-cp",
                ChildProcess.classpath(config.root()),
                "kafka.tools.StorageTool",
                "format",
                "--standalone",
                "-t",
                clusterId,
                "-c",
                properties.toString()),
            Map.of(),
            config.root(),
            config.varDir());
    formatter.start();
    ProcessHandle.of(formatter.pid()).orElseThrow().onExit().get(3, TimeUnit.MINUTES);
    if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
      throw new IllegalStateException(
          "Formatting Kafka storage failed; see " + formatter.logFile());
    }
    System.out.println("local-stack: formatted Kafka storage (cluster " + clusterId + ")");
  }

  private boolean answers() {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                1000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                1500))) {
      return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
    } catch (Exception notYet) {
      return false;
    }
  }
}
