package io.crewdispatch.console.charter;

import io.crewdispatch.console.board.application.BoardChanged;
import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.domain.CharterHistory;
import io.crewdispatch.console.board.domain.CharterStatus;
import io.crewdispatch.console.board.domain.CharterView;
import io.crewdispatch.console.board.domain.OpenCall;
import io.crewdispatch.console.live.LivePage;
import io.crewdispatch.console.live.Times;
import io.crewdispatch.console.overview.NeedsYou;
import io.crewdispatch.console.overview.Words;
import io.crewdispatch.console.roster.RosterDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** One charter: its state, open calls with their countdown, the actions, and its timeline. */
@Component
class CharterPage implements LivePage {

  private final BoardStore store;
  private final RosterDay roster;
  private final NeedsYou needsYou;

  CharterPage(BoardStore store, RosterDay roster, NeedsYou needsYou) {
    this.store = store;
    this.roster = roster;
    this.needsYou = needsYou;
  }

  @Override
  public String name() {
    return "charter";
  }

  @Override
  public boolean shows(BoardChanged change, Map<String, String> params) {
    return change.area() == BoardChanged.Area.ROSTER
        || (change.area() == BoardChanged.Area.CHARTER
            && Objects.equals(change.charterId(), params.get("id")));
  }

  @Override
  public Map<String, Object> model(Map<String, String> params) {
    String id = params.get("id");
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("charterId", id);
    // One read: the view and the facts of its timeline are one item.
    CharterHistory history = store.charter(id).orElse(null);
    model.put("known", history != null);
    if (history == null) {
      model.put("title", "Charter " + id);
      return model;
    }
    CharterView view = history.view();
    boolean open =
        view.status() != CharterStatus.CANCELLED && view.status() != CharterStatus.COMPLETED;
    model.put("title", Words.title(view));
    model.put("status", Words.status(view));
    model.put("statusCode", view.status().name());
    model.put("needsYou", needsYou.why(view).orElse(null));
    model.put("captain", Words.captain(view));
    model.put("captainId", view.captain() == null ? null : view.captain().crewId());
    model.put("crew", view.crew());
    model.put("crewCount", Words.crew(view));
    model.put("calls", view.openCalls().stream().map(c -> call(c, view)).toList());
    model.put("open", open);
    model.put("stalled", view.status() == CharterStatus.STALLED);
    model.put("paused", view.paused());
    model.put("zone", view.zone().getId());
    model.put(
        "people",
        view.sailDate() == null
            ? List.of()
            : roster.on(view.sailDate()).stream()
                .filter(RosterDay.OnDay::active)
                .map(CharterPage::choice)
                .toList());
    model.put("timeline", Timeline.of(history.facts(), view.zone()));
    return model;
  }

  private static Call call(OpenCall call, CharterView view) {
    return new Call(
        call.callId(),
        call.callee().name(),
        Words.role(call.role()),
        Times.time(call.respondBy(), view.zone()),
        call.respondBy().toString());
  }

  private static Choice choice(RosterDay.OnDay person) {
    String note =
        Boolean.TRUE.equals(person.available())
            ? "available"
            : Boolean.FALSE.equals(person.available()) ? "not available" : "availability not known";
    if (!person.certified()) {
      note += ", a certificate lapses before then";
    }
    return new Choice(
        person.crewId(), person.name() + " (" + Words.role(person.rank()) + ", " + note + ")");
  }

  record Call(String callId, String name, String role, String until, String deadline) {}

  record Choice(String crewId, String label) {}
}
