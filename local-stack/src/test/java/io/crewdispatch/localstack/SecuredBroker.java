package io.crewdispatch.localstack;

import io.crewdispatch.testsupport.Infrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A KRaft broker (kafka_2.13, its own JVM) set up like docker-compose's brokers: clients on a
 * SASL/SCRAM-SHA-512 listener, the brokers' own traffic (inter-broker, controller) on SASL/PLAIN as
 * the super user {@code admin}, and StandardAuthorizer denying whatever no ACL allows.
 */
final class SecuredBroker implements AutoCloseable {

  static final String ADMIN_PASSWORD = "admin-secret-for-tests";

  private final Path home;
  private final int clientPort = Infrastructure.freePort();
  private final int brokerPort = Infrastructure.freePort();
  private final int controllerPort = Infrastructure.freePort();
  private ChildProcess process;

  SecuredBroker(Path home) {
    this.home = home;
  }

  void start() throws Exception {
    Path properties = writeProperties();
    Path root = Path.of("..").toAbsolutePath().normalize();
    Process format =
        new ProcessBuilder(
                ChildProcess.javaExecutable(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                ChildProcess.classpath(root),
                "kafka.tools.StorageTool",
                "format",
                "--standalone",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                properties.toString())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("format.log").toFile())
            .start();
    if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
      throw new IllegalStateException(
          "Formatting failed:\n" + Files.readString(home.resolve("format.log")));
    }
    process =
        new ChildProcess(
            "kafka-acl-test",
            List.of(
                ChildProcess.javaExecutable(),
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                ChildProcess.classpath(root),
                "kafka.Kafka",
                properties.toString()),
            Map.of(),
            home,
            home);
    process.start();
    process.awaitReady(this::answers, Duration.ofSeconds(60));
  }

  /** A client of the SCRAM listener, authenticated as {@code user}. */
  Map<String, Object> client(String user, String password) {
    Map<String, Object> config = new HashMap<>();
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + clientPort);
    config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
    config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
    config.put(
        SaslConfigs.SASL_JAAS_CONFIG,
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
            + user
            + "\" password=\""
            + password
            + "\";");
    return config;
  }

  /** The brokers' own user on the BROKER listener, as deploy/kafka-init.sh connects. */
  Admin admin() {
    Map<String, Object> config = new HashMap<>();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + brokerPort);
    config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
    config.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
    config.put(SaslConfigs.SASL_JAAS_CONFIG, plain(false));
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
    return Admin.create(config);
  }

  @Override
  public void close() {
    if (process != null) {
      process.stop(Duration.ofSeconds(10));
    }
  }

  private static String plain(boolean server) {
    return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\""
        + " password=\""
        + ADMIN_PASSWORD
        + "\""
        + (server ? " user_admin=\"" + ADMIN_PASSWORD + "\"" : "")
        + ";";
  }

  private Path writeProperties() throws IOException {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
    p.setProperty(
        "listeners",
        "CLIENT://localhost:%d,BROKER://localhost:%d,CONTROLLER://localhost:%d"
            .formatted(clientPort, brokerPort, controllerPort));
    p.setProperty(
        "advertised.listeners",
        "CLIENT://localhost:%d,BROKER://localhost:%d".formatted(clientPort, brokerPort));
    p.setProperty(
        "listener.security.protocol.map",
        "CLIENT:SASL_PLAINTEXT,BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
    p.setProperty("inter.broker.listener.name", "BROKER");
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512");
    p.setProperty(
        "listener.name.client.scram-sha-512.sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    p.setProperty("listener.name.broker.sasl.enabled.mechanisms", "PLAIN");
    p.setProperty("listener.name.broker.plain.sasl.jaas.config", plain(true));
    p.setProperty("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
    p.setProperty("listener.name.controller.plain.sasl.jaas.config", plain(true));
    p.setProperty("sasl.mechanism.inter.broker.protocol", "PLAIN");
    p.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
    p.setProperty(
        "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    p.setProperty("super.users", "User:admin");
    p.setProperty("allow.everyone.if.no.acl.found", "false");
    p.setProperty("log.dirs", home.resolve("data").toString());
    p.setProperty("num.partitions", "1");
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    Path file = home.resolve("server.properties");
    try (var out = Files.newBufferedWriter(file)) {
      p.store(out, "KafkaAclIT");
    }
    return file;
  }

  private boolean answers() {
    try (Admin admin = admin()) {
      return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
    } catch (Exception notYet) {
      return false;
    }
  }
}
