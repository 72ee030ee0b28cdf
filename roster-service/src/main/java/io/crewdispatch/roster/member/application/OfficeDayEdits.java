package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.DayAvailability;
import io.crewdispatch.roster.member.domain.DayChange;
import io.crewdispatch.roster.member.domain.Member;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * After a sync stored its changes: each day whose value moved is an office edit seen at the sync's
 * time (it was made at most one sync interval earlier), unless it now shows exactly what the last
 * recorded change put there (the crew's answer written from the portal, read back).
 */
@Component
class OfficeDayEdits {

  private final MemberStore store;

  OfficeDayEdits(MemberStore store) {
    this.store = store;
  }

  void record(Map<String, StoredMember> before, Iterable<Member> written, Instant seenAt) {
    for (Member now : written) {
      StoredMember old = before.get(now.crewId());
      if (old == null) {
        continue; // first seen: what the sheet holds is older than anything since
      }
      Map<LocalDate, DayChange> changes = new HashMap<>();
      TreeSet<LocalDate> days = new TreeSet<>(old.member().availability().keySet());
      days.addAll(now.availability().keySet());
      for (LocalDate day : days) {
        DayAvailability was = old.member().availability().get(day);
        DayAvailability is = now.availability().get(day);
        DayChange last = old.dayChanges().get(day);
        if (!Objects.equals(was, is) && (last == null || !Objects.equals(last.value(), is))) {
          changes.put(day, DayChange.byOffice(is, seenAt));
        }
      }
      store.recordDayChanges(now.crewId(), changes);
    }
  }
}
