package io.crewdispatch.console.statements;

import io.crewdispatch.console.board.application.BoardChanged;
import io.crewdispatch.console.board.application.BoardStore;
import io.crewdispatch.console.board.domain.Statement;
import io.crewdispatch.console.live.LivePage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The months with statements, newest first, each with its files. */
@Component
class StatementsPage implements LivePage {

  private final BoardStore store;

  StatementsPage(BoardStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "statements";
  }

  @Override
  public boolean shows(BoardChanged change, Map<String, String> params) {
    return change.area() == BoardChanged.Area.STATEMENTS;
  }

  @Override
  public Map<String, Object> model(Map<String, String> params) {
    Map<String, List<Statement>> byMonth = new TreeMap<>(Comparator.reverseOrder());
    for (Statement statement : store.statements()) {
      byMonth.computeIfAbsent(statement.month(), m -> new ArrayList<>()).add(statement);
    }
    List<Month> months = new ArrayList<>();
    byMonth.forEach(
        (month, statements) ->
            months.add(
                new Month(
                    month,
                    statements.stream()
                        .sorted(
                            Comparator.comparing(Statement::kind)
                                .thenComparing(Statement::fileName))
                        .map(StatementsPage::file)
                        .toList())));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("months", months);
    return model;
  }

  private static File file(Statement s) {
    String who =
        switch (s.kind()) {
          case "OPS_SUMMARY" -> "Office summary";
          case "CAPTAIN" -> "Captain statement for " + s.personId();
          default -> "Crew statement for " + s.personId();
        };
    String download =
        "/statements/"
            + s.month()
            + "/download"
            + (s.personId() == null ? "" : "?person=" + s.personId());
    return new File(
        who + (s.corrected() ? " (corrected)" : ""), s.fileName(), download, s.webViewLink());
  }

  record Month(String month, List<File> files) {}

  record File(String label, String fileName, String download, String webViewLink) {}
}
