package io.crewdispatch.auth.link.domain;

/** What the callee answered through one of the call's two links. */
public enum Answer {
  ACCEPTED,
  DECLINED
}
