package io.crewdispatch.roster.certificate.application;

import io.crewdispatch.roster.member.domain.Rank;
import java.time.LocalDate;

/** One member's certificate that lapses within the warning window (or already has). */
public record LapsingCertificate(
    String crewId, String name, Rank rank, String certificate, LocalDate expiresOn) {}
