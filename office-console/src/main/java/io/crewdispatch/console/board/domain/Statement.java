package io.crewdispatch.console.board.domain;

import java.time.Instant;

/**
 * A statement that is ready (StatementReady): the month, its kind, whom it is for (null for the ops
 * summary), its file and where it lives.
 */
public record Statement(
    String month,
    String kind,
    String personId,
    String fileName,
    String webViewLink,
    boolean corrected,
    Instant asOf) {}
