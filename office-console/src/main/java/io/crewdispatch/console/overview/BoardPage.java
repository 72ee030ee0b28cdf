package io.crewdispatch.console.overview;

import io.crewdispatch.console.board.application.BoardChanged;
import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.application.SailingViews;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.IntegrationStatus;
import io.crewdispatch.console.config.ConsoleProperties;
import io.crewdispatch.console.live.LivePage;
import io.crewdispatch.console.live.Times;
import io.crewdispatch.console.roster.ExpiringCertificates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The board: what needs the office first, then every charter of today and the next days. */
@Component
class BoardPage implements LivePage {

  private final BoardStore store;
  private final SailingViews sailing;
  private final NeedsYou needsYou;
  private final Clock clock;
  private final ConsoleProperties properties;
  private final ExpiringCertificates certificates;

  BoardPage(
      BoardStore store,
      SailingViews sailing,
      NeedsYou needsYou,
      Clock clock,
      ConsoleProperties properties,
      ExpiringCertificates certificates) {
    this.store = store;
    this.sailing = sailing;
    this.certificates = certificates;
    this.needsYou = needsYou;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public String name() {
    return "board";
  }

  @Override
  public boolean shows(BoardChanged change, Map<String, String> params) {
    // A renewal arrives as a roster change and takes its warning off the board.
    return change.area() != BoardChanged.Area.STATEMENTS;
  }

  @Override
  public Map<String, Object> model(Map<String, String> params) {
    LocalDate today = LocalDate.now(clock.withZone(properties.officeZone()));
    List<CharterView> charters =
        new ArrayList<>(sailing.sailing(today, today.plusDays(properties.boardDays())));
    charters.sort(Comparator.comparing(CharterView::departs));
    List<Alert> alerts = new ArrayList<>(systemAlerts());
    Map<String, List<Row>> days = new LinkedHashMap<>();
    for (CharterView view : charters) {
      String why = needsYou.why(view).orElse(null);
      Row row = row(view, why, LivePage.domId("day-", String.valueOf(view.sailDate())));
      if (why != null) {
        alerts.add(
            new Alert(
                Words.title(view) + ": " + why,
                "/charters/" + view.charterId(),
                "Open the charter"));
      }
      days.computeIfAbsent(Times.day(view.sailDate()), d -> new ArrayList<>()).add(row);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("today", Times.day(today));
    model.put("alerts", alerts);
    model.put("days", days);
    model.put("boardDays", properties.boardDays());
    return model;
  }

  private List<Alert> systemAlerts() {
    List<Alert> alerts = new ArrayList<>();
    int dead = store.deadLetters().size();
    if (dead > 0) {
      alerts.add(
          new Alert(
              dead + (dead == 1 ? " event" : " events") + " could not be handled",
              "/system",
              "See the system page"));
    }
    for (IntegrationStatus status : store.integrations()) {
      if (!status.up()) {
        alerts.add(
            new Alert(
                status.integration()
                    + " is "
                    + status.state().toLowerCase()
                    + " at "
                    + status.service(),
                "/system",
                "See what to do"));
      }
    }
    for (ExpiringCertificates.Expiring warning : certificates.warnings()) {
      alerts.add(new Alert("Certificate: " + warning.sentence(), "/roster", "See the roster"));
    }
    return alerts;
  }

  /** Each charter's card, by day: an event about one charter swaps or inserts its card alone. */
  @Override
  public List<Part> parts(Map<String, Object> model) {
    List<Part> parts = new ArrayList<>();
    @SuppressWarnings("unchecked")
    Map<String, List<Row>> days = (Map<String, List<Row>>) model.get("days");
    days.values()
        .forEach(
            rows -> rows.forEach(r -> parts.add(new Part(r.charterId(), r.dom(), r.group(), r))));
    return parts;
  }

  private static Row row(CharterView view, String why, String group) {
    return new Row(
        view.charterId(),
        LivePage.domId("card-", view.charterId()),
        group,
        Words.title(view),
        Words.status(view),
        view.status().name(),
        Words.captain(view),
        Words.crew(view),
        Words.calling(view),
        why);
  }

  /** Something that needs the office, with where to act on it. */
  record Alert(String text, String href, String linkText) {}

  record Row(
      String charterId,
      String dom,
      String group,
      String title,
      String status,
      String statusCode,
      String captain,
      String crew,
      List<String> calling,
      String needsYou) {}
}
