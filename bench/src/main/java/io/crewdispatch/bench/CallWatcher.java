package io.crewdispatch.bench;

import io.crewdispatch.localstack.LocalStack;
import io.crewdispatch.localstack.MailServer;
import io.crewdispatch.localstack.drive.Inbox;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes, for every benchmark charter, when the SMTP server accepted its first captain call and its
 * first crew call. Charters are told apart by their vessel name ({@code BV000123}), which every
 * call email shows. Parsing happens off the SMTP thread so it adds nothing to what is measured.
 */
final class CallWatcher {

  enum Kind {
    CAPTAIN,
    CREW
  }

  private static final Pattern VESSEL = Pattern.compile("BV\\d{6}");

  private final BlockingQueue<MailServer.Delivery> pending = new LinkedBlockingQueue<>();
  private final Map<String, Long> captainCalls = new ConcurrentHashMap<>();
  private final Map<String, Long> crewCalls = new ConcurrentHashMap<>();
  private final Map<String, String> acceptUrls = new ConcurrentHashMap<>();

  CallWatcher(LocalStack stack) {
    stack.onMailDelivery(pending::add);
    Thread parser = new Thread(this::parse, "call-watcher");
    parser.setDaemon(true);
    parser.start();
  }

  Long firstCall(Kind kind, String vessel) {
    return (kind == Kind.CAPTAIN ? captainCalls : crewCalls).get(vessel);
  }

  int calls(Kind kind) {
    return (kind == Kind.CAPTAIN ? captainCalls : crewCalls).size();
  }

  String acceptUrl(String vessel) {
    return acceptUrls.get(vessel);
  }

  /**
   * Waits until the call of {@code kind} for {@code vessel} has been accepted by SMTP; returns its
   * time, or -1 when it was not within {@code timeout}.
   */
  long await(Kind kind, String vessel, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Long at = firstCall(kind, vessel);
      if (at != null) {
        return at;
      }
      Thread.sleep(2);
    }
    return -1; // not called in time: the caller counts it as missed
  }

  private void parse() {
    while (true) {
      try {
        MailServer.Delivery delivery = pending.take();
        Inbox.Mail mail = Inbox.read(delivery.message());
        Matcher vessel = VESSEL.matcher(mail.subject() + "\n" + mail.text());
        if (!vessel.find()) {
          continue;
        }
        String subject = mail.subject().toLowerCase();
        Map<String, Long> calls =
            subject.startsWith("captain needed")
                ? captainCalls
                : subject.startsWith("crew needed") ? crewCalls : null;
        if (calls != null) {
          if (calls == captainCalls) {
            // before the time: a waiter that sees the time must find the link too
            acceptUrls.putIfAbsent(vessel.group(), mail.acceptUrl());
          }
          calls.merge(vessel.group(), delivery.acceptedAtNanos(), Math::min);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException unreadable) {
        // not a call email
      }
    }
  }
}
