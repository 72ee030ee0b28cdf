package io.crewdispatch.auth.portal.domain;

import io.crewdispatch.auth.link.domain.Charter;
import io.crewdispatch.auth.link.domain.Role;
import java.time.Instant;

/**
 * A member's place on a charter as dispatch last decided it: confirmed, or no longer (released).
 *
 * @param at when dispatch decided; an older decision never replaces a newer one
 */
public record Seat(
    String crewId, String charterId, Role role, Charter charter, boolean confirmed, Instant at) {}
