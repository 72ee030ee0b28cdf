package io.crewdispatch.notification.delivery.domain;

/** A seat on board. */
public enum Role {
  CAPTAIN,
  CREW
}
