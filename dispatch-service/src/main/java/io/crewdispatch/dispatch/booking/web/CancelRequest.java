package io.crewdispatch.dispatch.booking.web;

import jakarta.validation.constraints.Size;

/** The optional JSON body of {@code POST /api/charters/{id}/cancel}. */
record CancelRequest(@Size(max = 500) @PlainText(lines = true) String reason) {}
