package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores a changed member with a conditional write, then publishes it. The stored record notes
 * which version was published, so an event lost to a broker outage is owed and sent by a later sync
 * rather than forgotten.
 */
@Component
class RecordMemberChange {

  private static final Logger log = LoggerFactory.getLogger(RecordMemberChange.class);

  private final MemberStore store;
  private final MemberEvents events;

  RecordMemberChange(MemberStore store, MemberEvents events) {
    this.store = store;
    this.events = events;
  }

  enum Outcome {
    PUBLISHED,
    OWED,
    CONFLICT
  }

  Outcome record(Member member, StoredMember before) {
    long version;
    try {
      version = store.save(member, before == null ? 0 : before.version());
    } catch (ConcurrentMemberUpdateException raced) {
      log.warn("event=member_write_conflict crewId={}", member.crewId());
      return Outcome.CONFLICT;
    }
    return publish(member, version) ? Outcome.PUBLISHED : Outcome.OWED;
  }

  /** Publishes what is owed; false when the broker still refuses. */
  boolean publish(Member member, long version) {
    try {
      events.publish(member);
      store.markPublished(member.crewId(), version);
      return true;
    } catch (RuntimeException brokerDown) {
      log.warn(
          "event=member_publish_deferred crewId={} error={}",
          member.crewId(),
          brokerDown.toString());
      return false;
    }
  }
}
