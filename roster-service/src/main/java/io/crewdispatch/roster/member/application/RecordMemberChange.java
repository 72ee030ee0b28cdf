package io.crewdispatch.roster.member.application;

import io.crewdispatch.platform.logging.Failures;
import io.crewdispatch.roster.member.domain.Member;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores changed members with conditional writes, then publishes them. The stored record notes
 * which version was published, so an event lost to a broker outage is owed and sent by a later sync
 * rather than forgotten. Sends go out together and are awaited together: a 500-member first sync
 * does not wait for 500 round trips one after another.
 */
@Component
class RecordMemberChange {

  private static final Logger log = LoggerFactory.getLogger(RecordMemberChange.class);
  private static final Duration ACK_WAIT = Duration.ofSeconds(15);

  private final MemberStore store;
  private final MemberEvents events;
  private final Clock clock;

  RecordMemberChange(MemberStore store, MemberEvents events, Clock clock) {
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  /** Stores each change; returns the new version of each member that was written. */
  Map<Member, Long> store(List<Member> changes, Map<String, StoredMember> before) {
    Map<Member, Long> written = new LinkedHashMap<>();
    for (Member change : changes) {
      // Millisecond precision, as RosterChanged carries it: the table and the event agree.
      Member member =
          change.createdAt() == null
              ? change.firstSeen(clock.instant().truncatedTo(ChronoUnit.MILLIS))
              : change;
      StoredMember old = before.get(member.crewId());
      try {
        written.put(member, store.save(member, old == null ? 0 : old.version()));
      } catch (ConcurrentMemberUpdateException raced) {
        log.warn("event=member_write_conflict crewId={}", member.crewId());
      }
    }
    return written;
  }

  /** Publishes every member at its version; false when any is still owed. */
  boolean publish(Map<Member, Long> versions) {
    Map<Member, CompletableFuture<Void>> sent = new LinkedHashMap<>();
    versions.keySet().forEach(m -> sent.put(m, send(m)));
    boolean all = true;
    for (var entry : sent.entrySet()) {
      String crewId = entry.getKey().crewId();
      try {
        entry.getValue().get(ACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        store.markPublished(crewId, versions.get(entry.getKey()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } catch (Exception brokerDown) {
        log.warn(
            "event=member_publish_deferred crewId={} error={}",
            crewId,
            Failures.describe(brokerDown));
        all = false;
      }
    }
    return all;
  }

  private CompletableFuture<Void> send(Member member) {
    try {
      return events.publish(member);
    } catch (RuntimeException refused) {
      return CompletableFuture.failedFuture(refused);
    }
  }
}
