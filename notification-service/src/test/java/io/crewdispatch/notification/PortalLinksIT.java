package io.crewdispatch.notification;

import static io.crewdispatch.notification.NotificationDeliveryIT.WAIT;
import static io.crewdispatch.notification.NotificationDeliveryIT.awaitOne;
import static io.crewdispatch.notification.support.TwilioServer.awaitOneText;
import static io.crewdispatch.notification.support.TwilioServer.e164;
import static io.crewdispatch.notification.support.TwilioServer.localNumber;
import static io.crewdispatch.notification.support.TwilioServer.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.Callee;
import io.crewdispatch.events.Channel;
import io.crewdispatch.events.NotificationFailed;
import io.crewdispatch.events.PortalLinkIssued;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.notification.support.MailServer;
import io.crewdispatch.notification.support.Mails;
import io.crewdispatch.notification.support.NotificationIT;
import io.crewdispatch.testsupport.Infrastructure;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.Samples;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Flow 14's PortalLinkIssued through the embedded broker, DynamoDB Local, GreenMail and the real
 * Twilio SDK against a local Twilio: the member's link goes out on their channel, once per issued
 * link, even when the service re-reads auth-links from before it (a restart that lost its offsets),
 * and the link is in no log line.
 */
@NotificationIT
@ExtendWith(OutputCaptureExtension.class)
class PortalLinksIT {

  static final String GROUP = "notification-auth-links";

  @Autowired KafkaTemplate<Object, Object> kafka;
  @Autowired KafkaListenerEndpointRegistry listeners;
  @RegisterExtension final KafkaProbe probe = KafkaProbe.perTest();

  @Test
  void aBothMemberGetsTheLinkByEmailAndTextOnceEvenWhenTheServiceReadsAuthLinksAgain(
      CapturedOutput output) throws Exception {
    String local = localNumber();
    PortalLinkIssued link = link(Channel.BOTH, "(619) " + local, "JOINED");

    RecordMetadata published =
        kafka.send(Topic.AUTH_LINKS.topicName(), link.getCrewId(), link).get().getRecordMetadata();

    MimeMessage mail = awaitOne(link.getRecipient().getEmail());
    assertThat(mail.getSubject()).isEqualTo("Your crew portal link");
    assertThat(Mails.cc(mail)).as("the link is theirs alone").isEmpty();
    assertThat(Mails.text(mail)).contains(link.getPortalUrl());
    assertThat(Mails.hrefs(Mails.html(mail))).contains(link.getPortalUrl());
    assertThat(awaitOneText(e164(local)).form().get("Body"))
        .startsWith("Example Yacht Charters: welcome aboard. Your crew portal link: ")
        .contains(link.getPortalUrl());
    assertThat(Announcements.sent(probe, link.getEventId(), Channel.EMAIL).getKind())
        .isEqualTo("PORTAL_LINK");
    assertThat(Announcements.sent(probe, link.getEventId(), Channel.SMS).getRecipients())
        .containsExactly(e164(local));

    replayAuthLinksFrom(
        new TopicPartition(published.topic(), published.partition()), published.offset());

    assertThat(MailServer.inbox(link.getRecipient().getEmail())).hasSize(1);
    assertThat(texts(e164(local))).hasSize(1);
    String token = link.getPortalUrl().substring(link.getPortalUrl().indexOf("token=") + 6);
    assertThat(output.getAll()).contains(link.getRecipient().getCrewId()).doesNotContain(token);
  }

  @Test
  void anSmsMemberWhoseNumberCannotTakeATextGetsTheLinkByEmailInstead() {
    PortalLinkIssued link = link(Channel.SMS, "555-01", "REQUESTED");

    probe.publish(Topic.AUTH_LINKS, link.getCrewId(), link);

    NotificationFailed failed =
        probe.await(
            Topic.NOTIFICATION_EVENTS,
            NotificationFailed.class,
            e -> e.getSourceEventId().equals(link.getEventId()),
            WAIT);
    assertThat(failed.getChannel()).isEqualTo(Channel.SMS);
    assertThat(failed.getKind()).isEqualTo("PORTAL_LINK");
    MimeMessage mail = awaitOne(link.getRecipient().getEmail());
    assertThat(Mails.text(mail)).contains("as asked", link.getPortalUrl());
  }

  @Test
  void anEmailMemberGetsNoText() {
    String local = localNumber();
    PortalLinkIssued link = link(Channel.EMAIL, "619-" + local, "ROTATED");

    probe.publish(Topic.AUTH_LINKS, link.getCrewId(), link);

    assertThat(Mails.text(awaitOne(link.getRecipient().getEmail())))
        .contains("The one before it no longer works.");
    probe.awaitCommittedPast(Topic.AUTH_LINKS, link.getCrewId());
    assertThat(texts(e164(local))).isEmpty();
  }

  /**
   * What a restart that lost its offsets does: the service's auth-links consumers stop, the group
   * is moved back to {@code offset}, and they start again and read it anew.
   */
  private void replayAuthLinksFrom(TopicPartition partition, long offset) {
    MessageListenerContainer container = listeners.getListenerContainer(GROUP);
    container.stop();
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafkaBootstrapServers()))) {
      // the group must be empty to be moved: its members leave as they stop
      await()
          .atMost(WAIT)
          .ignoreExceptions()
          .until(
              () -> {
                admin
                    .alterConsumerGroupOffsets(
                        GROUP, Map.of(partition, new OffsetAndMetadata(offset)))
                    .all()
                    .get();
                return true;
              });
      container.start();
      await()
          .atMost(WAIT)
          .until(
              () -> {
                OffsetAndMetadata committed =
                    admin
                        .listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                return committed != null && committed.offset() > offset;
              });
    } finally {
      if (!container.isRunning()) {
        container.start();
      }
    }
  }

  private PortalLinkIssued link(Channel channel, String phone, String reason) {
    String crewId = "crew-" + UUID.randomUUID();
    Callee member =
        Callee.newBuilder(Samples.crew(crewId)).setPhone(phone).setChannel(channel).build();
    return PortalLinkIssued.newBuilder()
        .setEventId(Samples.eventId())
        .setOccurredAt(Instant.now())
        .setCrewId(crewId)
        .setRecipient(member)
        .setPortalUrl("http://localhost:8081/crew/portal?token=cdp_" + UUID.randomUUID())
        .setExpiresAt(null)
        .setReason(reason)
        .build();
  }
}
