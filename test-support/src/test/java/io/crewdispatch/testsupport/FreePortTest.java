package io.crewdispatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ports for the stacks' servers come from below the kernel's ephemeral range, where no outgoing
 * connection can take one before its server binds it, and never twice.
 */
class FreePortTest {

  @Test
  void portsAreFreeDistinctAndBelowTheEphemeralRange() throws Exception {
    Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    int ephemeralStart =
        Files.exists(range)
            ? Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0])
            : 32768;
    Set<Integer> ports = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      int port = Infrastructure.freePort();
      assertThat(port).isBetween(1024, ephemeralStart - 1);
      assertThat(ports.add(port)).as("port %s handed out twice", port).isTrue();
      try (ServerSocket server = new ServerSocket()) {
        server.bind(new InetSocketAddress(port)); // free: a server can bind it
      }
    }
  }
}
