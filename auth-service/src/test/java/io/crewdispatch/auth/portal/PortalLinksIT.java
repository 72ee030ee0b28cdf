package io.crewdispatch.auth.portal;

import static io.crewdispatch.auth.support.PortalClient.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.auth.support.AuthServiceTest;
import io.crewdispatch.auth.support.Calls;
import io.crewdispatch.auth.support.CrewClient;
import io.crewdispatch.auth.support.IssuedPair;
import io.crewdispatch.auth.support.Members;
import io.crewdispatch.auth.support.MutableClock;
import io.crewdispatch.auth.support.PortalClient;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.CrewCalled;
import io.crewdispatch.events.PortalLinkIssued;
import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.RosterMember;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Portal links on the real broker and DynamoDB Local: issued once when a member appears active,
 * stored only as hashes, replaced on request (the old one refused), revoked when the member leaves.
 */
@AuthServiceTest
class PortalLinksIT {

  private static final String TABLE = "test-crew-portal-links";

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @BeforeEach
  void setUp() {
    clock.reset();
  }

  @Test
  void anActiveMemberGetsOneLinkStoredOnlyAsItsHashEvenWhenTheRosterEventIsRedelivered() {
    String crewId = Members.crewId();
    RosterChanged joined = Members.active(crewId, clock.instant());

    probe.publish(Topic.ROSTER_MEMBERS, crewId, joined);
    PortalLinkIssued issued = awaitLink(crewId, "JOINED");

    assertThat(issued.getPortalUrl()).startsWith("https://crew.example.com/crew/portal?token=cdp_");
    String token = IssuedPair.tokenOf(issued.getPortalUrl());
    assertThat(token).hasSize(4 + 43);
    assertThat(issued.getExpiresAt()).isNull();
    assertThat(issued.getRecipient().getEmail()).isEqualTo(Members.emailOf(crewId));
    assertThat(issued.getRecipient().getChannel()).isEqualTo(Channel.BOTH);
    assertThat(issued.getRecipient().getPhone()).isEqualTo("+16195550123");

    Map<String, AttributeValue> byHash = item(sha256(token));
    assertThat(byHash).containsEntry("crewId", AttributeValue.fromS(crewId));
    Map<String, AttributeValue> member = item("member#" + crewId);
    assertThat(member.get("linkHash").s()).isEqualTo(sha256(token));
    assertThat(byHash.toString() + member).doesNotContain(token.substring(4));

    // Redelivered, then followed by a later change of the same member on the same partition.
    probe.publish(Topic.ROSTER_MEMBERS, crewId, joined);
    RosterChanged later = Members.active(crewId, clock.instant().plusSeconds(60));
    RosterChanged renamed =
        RosterChanged.newBuilder(later)
            .setMember(
                RosterMember.newBuilder(later.getMember()).setName("Rowan Harbor-Lee").build())
            .build();
    probe.publish(Topic.ROSTER_MEMBERS, crewId, renamed);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "Rowan Harbor-Lee".equals(item("member#" + crewId).get("name").s()));

    assertThat(probe.events(Topic.AUTH_LINKS, PortalLinkIssued.class, e -> isFor(e, crewId)))
        .hasSize(1);
    assertThat(item("member#" + crewId).get("linkHash").s()).isEqualTo(sha256(token));
  }

  @Test
  void aRequestedLinkReplacesTheOldOneAndARotationFromThePortalReplacesThatOne() {
    String crewId = Members.crewId();
    probe.publish(Topic.ROSTER_MEMBERS, crewId, Members.active(crewId, clock.instant()));
    String first = IssuedPair.tokenOf(awaitLink(crewId, "JOINED").getPortalUrl());

    PortalClient phone = new PortalClient(port);
    HttpResponse<String> opened = phone.get("/crew/portal?token=" + first);
    assertThat(opened.statusCode()).isEqualTo(303);
    assertThat(opened.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/crew/portal").doesNotContain("token"));
    assertThat(opened.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            c -> assertThat(c).contains("HttpOnly", "SameSite=Lax", "Path=/crew/portal"));
    assertThat(opened.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(phone.get("/crew/portal").body()).contains("Hi Rowan Harbor");

    PortalClient asker = new PortalClient(port);
    String csrf = CrewClient.csrfOf(asker.get("/crew/portal/request").body());
    HttpResponse<String> asked =
        asker.post(
            "/crew/portal/request",
            fields("email", " " + Members.emailOf(crewId).toUpperCase() + " ", "csrf", csrf));
    assertThat(asked.statusCode()).isEqualTo(200);
    String second = IssuedPair.tokenOf(awaitLink(crewId, "REQUESTED").getPortalUrl());

    assertThat(second).isNotEqualTo(first);
    assertThat(new PortalClient(port).get("/crew/portal?token=" + first).statusCode())
        .isEqualTo(404);
    assertThat(phone.get("/crew/portal").body())
        .as("the old link's cookie is dead too")
        .doesNotContain("Hi Rowan")
        .contains("ask for a new one");

    PortalClient renewed = new PortalClient(port);
    renewed.get("/crew/portal?token=" + second);
    String portalCsrf = CrewClient.csrfOf(renewed.get("/crew/portal").body());
    assertThat(renewed.post("/crew/portal/rotate", fields("csrf", portalCsrf)).body())
        .contains("A new link is on its way");
    String third = IssuedPair.tokenOf(awaitLink(crewId, "ROTATED").getPortalUrl());

    assertThat(new PortalClient(port).get("/crew/portal?token=" + second).statusCode())
        .isEqualTo(404);
    assertThat(new PortalClient(port).get("/crew/portal?token=" + third).statusCode())
        .isEqualTo(303);
  }

  @Test
  void aMemberWhoBecomesInactiveLosesTheirLink() {
    String crewId = Members.crewId();
    probe.publish(Topic.ROSTER_MEMBERS, crewId, Members.active(crewId, clock.instant()));
    String token = IssuedPair.tokenOf(awaitLink(crewId, "JOINED").getPortalUrl());
    PortalClient phone = new PortalClient(port);
    assertThat(phone.get("/crew/portal?token=" + token).statusCode()).isEqualTo(303);

    probe.publish(
        Topic.ROSTER_MEMBERS,
        crewId,
        Members.changed(crewId, clock.instant().plusSeconds(60), false));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !item("member#" + crewId).containsKey("linkHash"));

    assertThat(new PortalClient(port).get("/crew/portal?token=" + token).statusCode())
        .isEqualTo(404);
    assertThat(phone.get("/crew/portal").body()).doesNotContain("Hi Rowan");
    assertThat(item(sha256(token))).containsKey("revokedAt");
  }

  @Test
  void aMemberCannotAnswerAnotherMembersCallFromTheirPortal() {
    String mine = Members.crewId();
    probe.publish(Topic.ROSTER_MEMBERS, mine, Members.active(mine, clock.instant()));
    PortalClient phone = new PortalClient(port);
    assertThat(phone.open(awaitLink(mine, "JOINED").getPortalUrl()).statusCode()).isEqualTo(303);
    CrewCalled theirs =
        CrewCalled.newBuilder(Calls.crewCalled(Calls.charterId(), clock.instant()))
            .setCallee(Samples.crew(Members.crewId()))
            .build();
    IssuedPair pair = IssuedPair.call(probe, theirs);
    // Even with the form token of that call's own page.
    String csrf = CrewClient.csrfOf(new CrewClient(port).get("accept", pair.acceptToken()).body());

    HttpResponse<String> answered =
        phone.post(
            "/crew/portal/answer",
            fields("callId", theirs.getCallId(), "answer", "accept", "csrf", csrf));

    assertThat(answered.statusCode()).isEqualTo(404);
    assertThat(new CrewClient(port).get("accept", pair.acceptToken()).statusCode())
        .as("still open to the member it was made for")
        .isEqualTo(200);
  }

  private PortalLinkIssued awaitLink(String crewId, String reason) {
    return probe.await(
        Topic.AUTH_LINKS,
        PortalLinkIssued.class,
        e -> isFor(e, crewId) && e.getReason().equals(reason));
  }

  private static boolean isFor(PortalLinkIssued event, String crewId) {
    return event.getCrewId().equals(crewId);
  }

  static Map<String, AttributeValue> item(String key) {
    return Infrastructure.dynamoDb()
        .getItem(
            r ->
                r.tableName(TABLE)
                    .key(Map.of("tokenHash", AttributeValue.fromS(key)))
                    .consistentRead(true))
        .item();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
