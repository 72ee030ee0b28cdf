package io.crewdispatch.auth.portal;

import static io.crewdispatch.auth.support.PortalClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.CrewClient;
import io.crewdispatch.auth.support.Members;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.auth.support.PortalClient;
import io.crewdispatch.events.PortalLinkIssued;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.KafkaProbe;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "send me my link" page: one answer for every address (no way to tell who is on the roster), a
 * new link only for an active member's, and limits per address and per client (429).
 */
@AuthServiceTest
class PortalRequestIT {

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @BeforeEach
  void setUp() {
    clock.reset();
  }

  @Test
  void everyAddressGetsTheSameAnswerAndOnlyAnActiveMembersGetsALink() {
    String active = Members.crewId();
    String inactive = Members.crewId();
    probe.publish(Topic.ROSTER_MEMBERS, active, Members.active(active, clock.instant()));
    probe.publish(
        Topic.ROSTER_MEMBERS, inactive, Members.changed(inactive, clock.instant(), false));
    probe.await(Topic.AUTH_LINKS, PortalLinkIssued.class, e -> e.getCrewId().equals(active));
    probe.awaitCommittedPast(Topic.ROSTER_MEMBERS, inactive);

    HttpResponse<String> gone = ask(Members.emailOf(inactive));
    HttpResponse<String> known = ask(Members.emailOf(active));
    HttpResponse<String> unknown = ask("nobody-" + UUID.randomUUID() + "@crew.example.org");

    assertThat(known.statusCode()).isEqualTo(200);
    assertThat(gone.statusCode()).isEqualTo(200);
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(known.body()).isEqualTo(unknown.body()).isEqualTo(gone.body());
    assertThat(known.body()).contains("If that address belongs to an active crew member");

    probe.await(
        Topic.AUTH_LINKS,
        PortalLinkIssued.class,
        e -> e.getCrewId().equals(active) && e.getReason().equals("REQUESTED"));
    // Requests are handled in order: the inactive member's, asked first, is done by now.
    assertThat(
            probe.events(
                Topic.AUTH_LINKS, PortalLinkIssued.class, e -> e.getCrewId().equals(inactive)))
        .isEmpty();
  }

  @Test
  void anAddressAskedForTooOftenGets429UntilThePeriodHasPassed() {
    String email = "often-" + UUID.randomUUID() + "@crew.example.org";
    for (int i = 0; i < 3; i++) {
      assertThat(ask(email).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> limited = ask(email);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(limited.body()).doesNotContain("<form");

    clock.advance(Duration.ofHours(1));
    assertThat(ask(email).statusCode()).isEqualTo(200);
  }

  @Test
  void aClientAskingForManyAddressesGets429() {
    PortalClient walker = new PortalClient(port);
    for (int i = 0; i < 10; i++) {
      assertThat(ask(walker, "walk-" + UUID.randomUUID() + "@crew.example.org").statusCode())
          .isEqualTo(200);
    }
    assertThat(ask(walker, "walk-" + UUID.randomUUID() + "@crew.example.org").statusCode())
        .isEqualTo(429);
  }

  @Test
  void aMalformedAddressIsNamedAndAForeignFormRefused() {
    PortalClient client = new PortalClient(port);
    String csrf = CrewClient.csrfOf(client.get("/crew/portal/request").body());

    HttpResponse<String> bad =
        client.post("/crew/portal/request", fields("email", "not an address", "csrf", csrf));

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("There is a problem", "href=\"#email\"", "Enter your email");
    assertThat(
            client
                .post("/crew/portal/request", fields("email", "a@crew.example.org", "csrf", "1.x"))
                .statusCode())
        .as("a form that is not ours")
        .isEqualTo(403);
  }

  private HttpResponse<String> ask(String email) {
    return ask(new PortalClient(port), email);
  }

  private static HttpResponse<String> ask(PortalClient client, String email) {
    String csrf = CrewClient.csrfOf(client.get("/crew/portal/request").body());
    return client.post("/crew/portal/request", fields("email", email, "csrf", csrf));
  }
}
