package io.crewdispatch.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crewdispatch.events.RosterChanged;
import io.crewdispatch.events.topic.Topic;
import io.crewdispatch.roster.support.Api;
import io.crewdispatch.roster.support.XlsxFixture;
import io.crewdispatch.testsupport.KafkaProbe;
import io.crewdispatch.testsupport.WithInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service as the local stack starts it (profile {@code local}): a missing workbook is seeded
 * with the invented roster and the first scheduled sync publishes it, with no request from anyone.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "crewdispatch.roster.xlsx.path=" + LocalProfileIT.WORKBOOK)
@ActiveProfiles("local")
@WithInfrastructure
class LocalProfileIT {

  static final String WORKBOOK = "target/it-local/roster.xlsx";
  static final Set<String> SEEDED =
      Set.of(
          "morgan-tide",
          "casey-harbor",
          "riley-keel",
          "jamie-anchor",
          "sam-rigging",
          "avery-sail",
          "quinn-bowline",
          "drew-mast",
          "taylor-helm",
          "parker-cleat",
          "reese-galley",
          "skyler-buoy");

  static {
    try {
      Files.deleteIfExists(Path.of(WORKBOOK));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @LocalServerPort int port;
  final KafkaProbe probe = KafkaProbe.open();

  @AfterEach
  void close() {
    probe.close();
  }

  @Test
  void aFirstLocalStartSeedsTheWorkbookAndPublishesTheRosterOnItsOwn() {
    Api api = new Api(port);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              Set<String> active = new HashSet<>();
              api.get("/api/roster")
                  .body()
                  .forEach(
                      m -> {
                        if (m.get("active").asBoolean()) {
                          active.add(m.get("crewId").asString());
                        }
                      });
              // members of earlier test classes are deactivated by the same sync
              assertThat(active).isEqualTo(SEEDED);
            });
    Api.Reply morgan = api.get("/api/roster/morgan-tide");
    assertThat(morgan.body().get("email").asString()).isEqualTo("morgan-tide@example.com");
    assertThat(morgan.body().get("cascadeOrder").asInt()).isEqualTo(1);
    // An on-demand sync waits for the scheduled one to finish (one sheet read-then-write at a time)
    // and finds nothing new.
    assertThat(api.post("/api/roster/sync").body().get("changed")).isEmpty();
    var syncStatus = new XlsxFixture(Path.of(WORKBOOK)).tab("Sync Status");
    assertThat(syncStatus.get(0).get(0)).isEqualTo("Last sync");
    assertThat(syncStatus.get(2)).containsExactly("Rejected", "0");
    // The probe opened before the context started, so it saw what the scheduled sync published.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                probe.events(Topic.ROSTER_MEMBERS, RosterChanged.class, e -> true).stream()
                    .map(RosterChanged::getCrewId)
                    .collect(Collectors.toSet())
                    .containsAll(SEEDED));
    // Each seeded member was published exactly once, and an on-demand sync adds nothing.
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(3))
        .until(
            () ->
                probe
                    .events(
                        Topic.ROSTER_MEMBERS,
                        RosterChanged.class,
                        e -> SEEDED.contains(e.getCrewId()))
                    .size(),
            n -> n == SEEDED.size());
  }
}
