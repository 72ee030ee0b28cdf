package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.member.domain.Member;
import io.crewdispatch.roster.member.domain.PhoneFormat;
import io.crewdispatch.roster.member.domain.RosterReading;
import io.crewdispatch.roster.sheet.application.RosterSheet;
import io.crewdispatch.roster.sheet.application.SheetLock;
import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Flow 8: reads the whole sheet, stores and publishes every member whose record changed, and writes
 * new Crew IDs and the sync report back. A sheet that cannot be read changes nothing.
 */
@Service
public class SyncRoster {

  private static final Logger log = LoggerFactory.getLogger(SyncRoster.class);

  private final RosterSheet sheet;
  private final SheetLock lock;
  private final MemberStore store;
  private final RecordMemberChange recorder;
  private final SyncReport report;
  private final Clock clock;
  private final RosterProperties.Sync settings;
  private final ZoneId zone;
  private final PhoneFormat phones;
  private final List<MembersSynced> followers;
  private final OfficeDayEdits officeEdits;
  private Optional<String> lastVersion = Optional.empty();
  private Instant lastRead = Instant.MIN;
  private boolean owed;

  SyncRoster(
      RosterSheet sheet,
      SheetLock lock,
      MemberStore store,
      RecordMemberChange recorder,
      SyncReport report,
      Clock clock,
      RosterProperties properties,
      PhoneFormat phones,
      List<MembersSynced> followers,
      OfficeDayEdits officeEdits) {
    this.sheet = sheet;
    this.lock = lock;
    this.store = store;
    this.recorder = recorder;
    this.report = report;
    this.clock = clock;
    this.settings = properties.sync();
    this.zone = properties.operatorTimeZone();
    this.phones = phones;
    this.followers = followers;
    this.officeEdits = officeEdits;
  }

  /** On demand: always reads, however recently the sheet was saved. */
  public SyncResult syncNow() {
    return lock.hold(() -> sync(Optional.empty()));
  }

  /** On schedule: skipped, at the cost of one cheap look, when the sheet has not been saved. */
  public SyncResult syncIfChanged() {
    return lock.hold(
        () -> {
          Optional<String> version = sheet.version();
          boolean stale = clock.instant().isAfter(lastRead.plus(settings.fullReadEvery()));
          if (version.isPresent() && version.equals(lastVersion) && !stale && !owed) {
            return SyncResult.skippedUnchanged();
          }
          return sync(version);
        });
  }

  private SyncResult sync(Optional<String> version) {
    Instant started = clock.instant();
    SheetSnapshot snapshot;
    Map<String, StoredMember> stored;
    RosterReading reading;
    try {
      snapshot = sheet.read();
      stored = store.loadAll();
      LocalDate today = LocalDate.now(clock.withZone(zone));
      reading = RosterReading.of(snapshot, members(stored), today, phones);
    } catch (SheetUnreadableException unreadable) {
      report.unreadable(started, unreadable.getMessage());
      throw unreadable;
    }
    Map<Member, Long> written = recorder.store(reading.changesFrom(members(stored)), stored);
    officeEdits.record(stored, written.keySet(), started);
    List<String> changed = written.keySet().stream().map(Member::crewId).toList();
    Map<Member, Long> toPublish = new LinkedHashMap<>(written);
    stored.values().stream()
        .filter(s -> s.publishPending() && !changed.contains(s.member().crewId()))
        .forEach(s -> toPublish.put(s.member(), s.version()));
    owed = !recorder.publish(toPublish);
    Optional<String> after = report.written(snapshot, reading, changed.size(), started);
    lastVersion = after.isPresent() ? after : version;
    lastRead = started;
    Map<String, Member> current = new java.util.HashMap<>(members(stored));
    written.keySet().forEach(m -> current.put(m.crewId(), m));
    followers.forEach(f -> f.synced(current.values()));
    log.info(
        "event=roster_synced changed={} rejected={} owed={}",
        changed.size(),
        reading.rejections().size(),
        owed);
    return new SyncResult(List.copyOf(changed), reading.rejections(), false);
  }

  private static Map<String, Member> members(Map<String, StoredMember> stored) {
    return stored.values().stream()
        .collect(Collectors.toMap(s -> s.member().crewId(), StoredMember::member));
  }
}
