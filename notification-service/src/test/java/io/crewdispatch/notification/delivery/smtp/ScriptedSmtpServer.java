package io.crewdispatch.notification.delivery.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A minimal SMTP server that answers RCPT TO with a fixed reply, to see how the transport takes a
 * refusal (GreenMail accepts every recipient), and counts connections, NOOPs and messages, to see
 * how the transport uses its connections. Speaks just enough of RFC 5321 for Jakarta Mail; each
 * client on its own thread (a sender may keep a connection open while another opens one).
 */
public final class ScriptedSmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final UnaryOperator<String> rcptReply;
  private final Thread thread;
  private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
  final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger noops = new AtomicInteger();
  final AtomicInteger messages = new AtomicInteger();

  ScriptedSmtpServer(String rcptReply) throws IOException {
    this(0, line -> rcptReply);
  }

  /**
   * On {@code port} (GreenMail's, while it is down), answering each RCPT TO line ({@code RCPT
   * TO:<someone@example.com>}) with what {@code rcptReply} makes of it.
   */
  public ScriptedSmtpServer(int port, UnaryOperator<String> rcptReply) throws IOException {
    this.socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5);
    this.rcptReply = rcptReply;
    this.thread = new Thread(this::serve, "scripted-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        clients.add(client);
        Thread conversation = new Thread(() -> converseQuietly(client), "scripted-smtp-client");
        conversation.setDaemon(true);
        conversation.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void converseQuietly(Socket client) {
    try (client) {
      converse(client);
    } catch (IOException gone) {
      // the client went away
    } finally {
      clients.remove(client);
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = client.getOutputStream();
    connections.incrementAndGet();
    reply(out, "220 scripted.example.com ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase();
      if (command.startsWith("EHLO") || command.startsWith("HELO")) {
        reply(out, "250 scripted.example.com");
      } else if (command.startsWith("MAIL FROM")) {
        reply(out, "250 2.1.0 OK");
      } else if (command.startsWith("RCPT TO")) {
        reply(out, rcptReply.apply(line));
      } else if (command.startsWith("DATA")) {
        reply(out, "354 End data with <CR><LF>.<CR><LF>");
        while ((line = in.readLine()) != null && !line.equals(".")) {
          // the message itself is of no interest here
        }
        messages.incrementAndGet();
        reply(out, "250 2.0.0 Queued");
      } else if (command.startsWith("NOOP")) {
        noops.incrementAndGet();
        reply(out, "250 2.0.0 OK");
      } else if (command.startsWith("RSET")) {
        reply(out, "250 2.0.0 OK");
      } else if (command.startsWith("QUIT")) {
        reply(out, "221 2.0.0 Bye");
        return;
      } else {
        reply(out, "502 5.5.2 Command not implemented");
      }
    }
  }

  private static void reply(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Stops listening and hangs up on every client: a sender's pooled connection fails on reuse. */
  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket client : clients) {
      client.close();
    }
  }
}
