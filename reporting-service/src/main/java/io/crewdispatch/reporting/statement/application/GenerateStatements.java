package io.crewdispatch.reporting.statement.application;

import io.crewdispatch.platform.logging.Failures;
import io.crewdispatch.reporting.config.ReportingProperties;
import io.crewdispatch.reporting.ledger.application.CharterLedger;
import io.crewdispatch.reporting.ledger.domain.LedgerEntry;
import io.crewdispatch.reporting.pay.application.PayRates;
import io.crewdispatch.reporting.pay.domain.CancellationPayPolicy;
import io.crewdispatch.reporting.pay.domain.PayCalculator;
import io.crewdispatch.reporting.statement.domain.BuiltStatement;
import io.crewdispatch.reporting.statement.domain.MonthContents;
import io.crewdispatch.reporting.statement.domain.SentStatement;
import io.crewdispatch.reporting.statement.domain.StatementBuild;
import io.crewdispatch.reporting.statement.domain.StatementKind;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds a month's statements from the ledger and the pay rates, stores them, records what was
 * built, and announces what is new or changed (StatementReady). A rebuild whose content is the same
 * as what was last announced keeps the stored file and sends nothing; a changed one is stored again
 * and announced as corrected, with what changed.
 */
@Service
public class GenerateStatements {

  private static final Logger log = LoggerFactory.getLogger(GenerateStatements.class);

  private final CharterLedger ledger;
  private final PayRates payRates;
  private final CancellationPayPolicy cancellationPay;
  private final BuildMonth buildMonth;
  private final StatementStore store;
  private final StatementManifests manifests;
  private final SentStatements sentStatements;
  private final StatementAnnouncer announcer;
  private final Clock clock;

  public GenerateStatements(
      CharterLedger ledger,
      PayRates payRates,
      CancellationPayPolicy cancellationPay,
      StatementWriter writer,
      StatementStore store,
      StatementManifests manifests,
      SentStatements sentStatements,
      StatementPublisher publisher,
      ReportingProperties properties,
      Clock clock) {
    this.ledger = ledger;
    this.payRates = payRates;
    this.cancellationPay = cancellationPay;
    this.store = store;
    this.manifests = manifests;
    this.sentStatements = sentStatements;
    this.announcer =
        new StatementAnnouncer(
            publisher,
            properties.officeEmail(),
            properties.workbook().inlineContentLimit().toBytes());
    this.buildMonth = new BuildMonth(writer, properties.names().statementNames());
    this.clock = clock;
  }

  public StatementBuild generate(YearMonth month) {
    Instant started = clock.instant();
    Path workDir = createWorkDir();
    try {
      PayCalculator pay = new PayCalculator(payRates.history(), cancellationPay);
      BuildMonth.Built result;
      try (Stream<LedgerEntry> charters = ledger.bookedIn(month)) {
        result = buildMonth.build(month, charters, pay, workDir);
      }
      List<BuiltStatement> built = result.workbooks();
      BuiltStatement payroll = result.payroll();
      MonthContents contents = result.contents();
      Map<String, SentStatement> lastSent = sentStatements.find(month);
      Map<String, SentStatement> people = contents.people();
      Optional<StatementManifest> previous = manifests.find(month);
      List<StoredStatement> stored = new ArrayList<>();
      List<Announcement> toAnnounce = new ArrayList<>();
      for (BuiltStatement statement : built) {
        String key =
            statement.kind() == StatementKind.OPS_SUMMARY
                ? SentStatements.SUMMARY
                : statement.captainId();
        SentStatement content =
            key.equals(SentStatements.SUMMARY) ? contents.summary() : people.get(key);
        SentStatement before = lastSent.get(key);
        Optional<StoredStatement> kept =
            previous
                .flatMap(p -> p.find(statement.captainId()))
                .filter(p -> p.fileName().equals(statement.fileName()));
        boolean unchanged = before != null && before.digest().equals(content.digest());
        if (unchanged && kept.isPresent()) {
          stored.add(kept.get());
          if (key.equals(SentStatements.SUMMARY)) {
            stored.add(
                previous
                    .flatMap(StatementManifest::payroll)
                    .orElseGet(() -> store.store(month, payroll)));
          }
          continue;
        }
        StoredStatement file = store.store(month, statement);
        stored.add(file);
        StoredStatement payrollFile = null;
        if (key.equals(SentStatements.SUMMARY)) {
          payrollFile = store.store(month, payroll);
          stored.add(payrollFile);
        }
        if (!unchanged) {
          toAnnounce.add(new Announcement(key, statement, file, payroll, before, content));
        }
      }
      StatementManifest manifest = new StatementManifest(month, clock.instant(), stored);
      if (manifests.save(manifest)) {
        previous.ifPresent(p -> p.replacedBy(manifest).forEach(this::discard));
      } else {
        log.warn("event=statement_manifest_superseded month={}", month);
      }
      for (Announcement a : toAnnounce) {
        announcer.announce(
            month,
            a.statement(),
            a.stored(),
            a.key().equals(SentStatements.SUMMARY) ? a.payroll() : null,
            a.before(),
            a.content());
        sentStatements.save(month, a.key(), a.content());
      }
      log.info(
          "event=statements_built month={} workbooks={} announced={} millis={}",
          month,
          built.size(),
          toAnnounce.size(),
          clock.millis() - started.toEpochMilli());
      return new StatementBuild(
          manifest,
          toAnnounce.stream().map(a -> a.statement().fileName()).toList(),
          toAnnounce.stream()
              .filter(a -> a.before() != null)
              .map(a -> a.statement().fileName())
              .toList());
    } finally {
      deleteQuietly(workDir);
    }
  }

  private record Announcement(
      String key,
      BuiltStatement statement,
      StoredStatement stored,
      BuiltStatement payroll,
      SentStatement before,
      SentStatement content) {}

  private void discard(StoredStatement replaced) {
    try {
      store.discard(replaced);
    } catch (RuntimeException e) {
      // The new build stands; a stale copy left behind is untidy, not wrong.
      log.warn(
          "event=statement_discard_failed statement={} error={}",
          replaced.ref(),
          Failures.describe(e));
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
