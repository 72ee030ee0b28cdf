package io.crewdispatch.roster.member.application;

import io.crewdispatch.roster.member.domain.Member;

/**
 * A member as stored, with the version of the record and the version last published on
 * roster-members: a gap means an event still owed.
 */
public record StoredMember(Member member, long version, long publishedVersion) {

  public boolean publishPending() {
    return publishedVersion < version;
  }
}
