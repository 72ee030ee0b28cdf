package io.crewdispatch.auth.portal.domain;

/** Why a portal link was sent (PortalLinkIssued.reason). */
public enum IssueReason {
  /** The member appeared active on the roster (again). */
  JOINED,
  /** They asked for one on the request page with their address. */
  REQUESTED,
  /** They asked, from the portal itself, for a new link in place of the current one. */
  ROTATED
}
