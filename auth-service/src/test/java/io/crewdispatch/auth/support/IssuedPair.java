package io.crewdispatch.auth.support;

import io.crewdispatch.events.AcceptLinkIssued;
import io.crewdispatch.events.CaptainCalled;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import java.net.URI;
import org.apache.avro.specific.SpecificRecord;

/** A call published to dispatch-events and the links auth-service issued for it. */
public record IssuedPair(AcceptLinkIssued issued) {

  public static IssuedPair call(KafkaProbe probe, CaptainCalled call) {
    return publishAndAwait(probe, call.getCharterId(), call.getCallId(), call);
  }

  public static IssuedPair call(KafkaProbe probe, CrewCalled call) {
    return publishAndAwait(probe, call.getCharterId(), call.getCallId(), call);
  }

  private static IssuedPair publishAndAwait(
      KafkaProbe probe, String charterId, String callId, SpecificRecord call) {
    probe.publish(Topic.DISPATCH_EVENTS, charterId, call);
    return new IssuedPair(
        probe.await(Topic.AUTH_LINKS, AcceptLinkIssued.class, e -> e.getCallId().equals(callId)));
  }

  public String acceptToken() {
    return tokenOf(issued.getAcceptUrl());
  }

  public String declineToken() {
    return tokenOf(issued.getDeclineUrl());
  }

  public String charterId() {
    return issued.getCharterId();
  }

  public String callId() {
    return issued.getCallId();
  }

  public static String tokenOf(String url) {
    String query = URI.create(url).getRawQuery();
    if (query == null || !query.startsWith("token=")) {
      throw new AssertionError("No token in " + url);
    }
    return query.substring("token=".length());
  }
}
