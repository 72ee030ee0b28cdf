package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.Rejection;
import java.util.List;

/** What a sync did: the members whose record changed, what it rejected, or that it skipped. */
public record SyncResult(List<String> changed, List<Rejection> rejected, boolean skipped) {

  static SyncResult skippedUnchanged() {
    return new SyncResult(List.of(), List.of(), true);
  }
}
