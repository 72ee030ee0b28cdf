package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.ledger.application.CharterLedger;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.StatementManifest;
import io.crewdispatch.reporting.statement.domain.StoredStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds a month's statements from the ledger, stores them, records what was built, and announces
 * each (StatementReady). Building again replaces the month's files: the office may rebuild after
 * late invoices, and each rebuild is announced again.
 */
@Service
public class GenerateStatements {

  private static final Logger log = LoggerFactory.getLogger(GenerateStatements.class);

  private final CharterLedger ledger;
  private final StatementWriter writer;
  private final StatementStore store;
  private final StatementManifests manifests;
  private final StatementAnnouncer announcer;
  private final Clock clock;

  public GenerateStatements(
      CharterLedger ledger,
      StatementWriter writer,
      StatementStore store,
      StatementManifests manifests,
      StatementPublisher publisher,
      ReportingProperties properties,
      Clock clock) {
    this.ledger = ledger;
    this.writer = writer;
    this.store = store;
    this.manifests = manifests;
    this.announcer =
        new StatementAnnouncer(
            publisher,
            properties.officeEmail(),
            properties.workbook().inlineContentLimit().toBytes());
    this.clock = clock;
  }

  public StatementManifest generate(YearMonth month) {
    Instant started = clock.instant();
    Path workDir = createWorkDir();
    try {
      List<BuiltStatement> built;
      try (Stream<LedgerEntry> charters = ledger.bookedIn(month)) {
        built = writer.write(month, charters, workDir);
      }
      Optional<StatementManifest> previous = manifests.find(month);
      List<StoredStatement> stored = new ArrayList<>();
      for (BuiltStatement statement : built) {
        stored.add(store.store(month, statement));
      }
      StatementManifest manifest = new StatementManifest(month, clock.instant(), stored);
      if (manifests.save(manifest)) {
        previous.ifPresent(p -> p.replacedBy(manifest).forEach(this::discard));
      } else {
        log.warn("event=statement_manifest_superseded month={}", month);
      }
      for (int i = 0; i < built.size(); i++) {
        announcer.announce(month, built.get(i), stored.get(i));
      }
      log.info(
          "event=statements_built month={} workbooks={} millis={}",
          month,
          built.size(),
          clock.millis() - started.toEpochMilli());
      return manifest;
    } finally {
      deleteQuietly(workDir);
    }
  }

  private void discard(StoredStatement replaced) {
    try {
      store.discard(replaced);
    } catch (RuntimeException e) {
      // The new build stands; a stale copy left behind is untidy, not wrong.
      log.warn(
          "event=statement_discard_failed file={} error={}", replaced.fileName(), e.toString());
    }
  }

  private static Path createWorkDir() {
    try {
      return Files.createTempDirectory("statements-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a working folder for statements", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("event=statement_workdir_not_deleted dir={}", dir);
    }
  }
}
