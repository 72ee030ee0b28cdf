package io.crewdispatch.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fails fast, naming the port and what needs it, rather than halfway through starting. */
final class Ports {

  private Ports() {}

  static void requireFree(StackConfig config) {
    Map<String, Integer> wanted = new LinkedHashMap<>();
    wanted.put("SMTP (LOCAL_SMTP_PORT)", config.smtpPort());
    wanted.put("DynamoDB Local (LOCAL_DYNAMODB_PORT)", config.dynamoDbPort());
    wanted.put("Kafka (LOCAL_KAFKA_PORT)", config.kafkaPort());
    wanted.put("Kafka controller (LOCAL_KAFKA_CONTROLLER_PORT)", config.kafkaControllerPort());
    config.servicePorts().forEach(wanted::put);
    config.managementPorts().forEach((service, port) -> wanted.put(service + " management", port));
    wanted.forEach(
        (what, port) -> {
          try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
          } catch (IOException inUse) {
            throw new IllegalStateException(
                "port "
                    + port
                    + " for "
                    + what
                    + " is in use: is another ./run-local (or the benchmark) running? Stop it first.");
          }
        });
  }
}
