package io.crewdispatch.auth.link.domain;

/** Where a call's pair of links stands at one moment. */
public enum LinkState {
  OPEN,
  ACCEPTED,
  DECLINED,
  EXPIRED,
  WITHDRAWN
}
