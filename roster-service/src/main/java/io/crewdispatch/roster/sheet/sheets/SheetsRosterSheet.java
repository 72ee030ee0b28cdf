package io.crewdispatch.roster.sheet.sheets;

import com.google.api.services.drive.Drive;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AddSheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateValuesRequest;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.SheetProperties;
import io.crewdispatch.platform.logging.Failures;
import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.sheet.application.RosterSheet;
import io.crewdispatch.roster.sheet.domain.CellUpdate;
import io.crewdispatch.roster.sheet.domain.SheetSnapshot;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import io.crewdispatch.roster.sheet.domain.Tab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Google Sheets v4. A read is two requests (the tab list with merges, then every tab's values in
 * one values:batchGet); a write is one values:batchUpdate, plus one batchUpdate when a tab must be
 * created. Drive's modifiedTime is the cheap "has it changed" look.
 */
@Component
@ConditionalOnProperty(prefix = "crewdispatch.roster", name = "source", havingValue = "sheets")
class SheetsRosterSheet implements RosterSheet {

  private static final Logger log = LoggerFactory.getLogger(SheetsRosterSheet.class);

  private final Sheets sheets;
  private final Drive drive;
  private final String spreadsheetId;

  /**
   * Each tab's grid size from the latest read: Sheets refuses values outside the grid, so a write
   * past the last row or column first appends rows or columns (new tabs start at 1000 x 26).
   */
  private final Map<String, int[]> grids = new ConcurrentHashMap<>();

  SheetsRosterSheet(Sheets sheets, Drive drive, RosterProperties properties) {
    this.sheets = sheets;
    this.drive = drive;
    this.spreadsheetId = properties.sheets().spreadsheetId();
    if (spreadsheetId == null || spreadsheetId.isBlank()) {
      throw new IllegalStateException(
          "crewdispatch.roster.sheets.spreadsheet-id (SHEETS_SPREADSHEET_ID) is required when the"
              + " roster source is sheets");
    }
  }

  @Override
  public Optional<String> version() {
    try {
      var file =
          drive
              .files()
              .get(spreadsheetId)
              .setFields("modifiedTime")
              .setSupportsAllDrives(true)
              .execute();
      return Optional.ofNullable(file.getModifiedTime()).map(Object::toString);
    } catch (IOException unknown) {
      log.debug("event=sheet_version_unknown error={}", Failures.describe(unknown));
      return Optional.empty();
    }
  }

  @Override
  public SheetSnapshot read() {
    return read(null);
  }

  @Override
  public SheetSnapshot read(Set<String> tabs) {
    Set<String> wanted =
        tabs == null ? null : tabs.stream().map(SheetsRosterSheet::key).collect(Collectors.toSet());
    try {
      var spreadsheet =
          sheets
              .spreadsheets()
              .get(spreadsheetId)
              .setFields(
                  "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),merges)")
              .execute();
      SheetsGrid.remember(spreadsheet.getSheets(), grids);
      var chosen =
          spreadsheet.getSheets().stream()
              .filter(s -> wanted == null || wanted.contains(key(s.getProperties().getTitle())))
              .toList();
      if (chosen.isEmpty()) {
        return new SheetSnapshot(List.of());
      }
      var values =
          sheets
              .spreadsheets()
              .values()
              .batchGet(spreadsheetId)
              .setRanges(chosen.stream().map(s -> A1.tab(s.getProperties().getTitle())).toList())
              .setValueRenderOption("UNFORMATTED_VALUE")
              .setDateTimeRenderOption("FORMATTED_STRING")
              .setMajorDimension("ROWS")
              .execute();
      List<Tab> read = new ArrayList<>();
      for (int i = 0; i < chosen.size(); i++) {
        read.add(SheetsValues.tab(chosen.get(i), values.getValueRanges().get(i)));
      }
      return new SheetSnapshot(withPercentages(read));
    } catch (IOException failed) {
      throw new SheetUnreadableException(SheetsErrors.reason(failed, spreadsheetId), failed);
    }
  }

  /**
   * UNFORMATTED_VALUE gives 0.125 for a cell the office sees as 12.5%: for the tabs whose headers
   * name a percentage column (in practice only Roster, with Revenue Share %), one more batchGet
   * asks for FORMATTED_VALUE, and a number shown with a % sign is read as the text a person sees.
   */
  private List<Tab> withPercentages(List<Tab> read) throws IOException {
    List<Tab> percentTabs = read.stream().filter(SheetsValues::namesAPercentage).toList();
    if (percentTabs.isEmpty()) {
      return read;
    }
    var formatted =
        sheets
            .spreadsheets()
            .values()
            .batchGet(spreadsheetId)
            .setRanges(percentTabs.stream().map(t -> A1.tab(t.name())).toList())
            .setValueRenderOption("FORMATTED_VALUE")
            .setMajorDimension("ROWS")
            .execute();
    List<Tab> out = new ArrayList<>(read);
    for (int i = 0; i < percentTabs.size(); i++) {
      Tab tab = percentTabs.get(i);
      out.set(
          read.indexOf(tab), SheetsValues.withPercentages(tab, formatted.getValueRanges().get(i)));
    }
    return out;
  }

  @Override
  public Optional<String> write(SheetSnapshot basis, List<CellUpdate> updates) {
    if (updates.isEmpty()) {
      return Optional.empty();
    }
    try {
      Set<String> missing = new LinkedHashSet<>();
      updates.stream().map(CellUpdate::tab).filter(t -> !basis.has(t)).forEach(missing::add);
      List<Request> requests = new ArrayList<>();
      for (String tab : missing) {
        requests.add(
            new Request()
                .setAddSheet(
                    new AddSheetRequest()
                        .setProperties(
                            new SheetProperties()
                                .setTitle(tab)
                                .setGridProperties(SheetsGrid.newTab(tab, updates)))));
      }
      requests.addAll(SheetsGrid.growth(updates, grids, missing));
      if (!requests.isEmpty()) {
        var reply =
            sheets
                .spreadsheets()
                .batchUpdate(
                    spreadsheetId, new BatchUpdateSpreadsheetRequest().setRequests(requests))
                .execute();
        SheetsGrid.rememberAdded(reply, grids);
      }
      var body =
          new BatchUpdateValuesRequest()
              .setValueInputOption("RAW")
              .setData(SheetsValues.ranges(updates));
      sheets.spreadsheets().values().batchUpdate(spreadsheetId, body).execute();
    } catch (IOException failed) {
      throw new UncheckedIOException(SheetsErrors.reason(failed, spreadsheetId), failed);
    }
    return version();
  }

  @Override
  public String describe() {
    return "sheets:" + spreadsheetId;
  }

  private static String key(String tab) {
    return tab.strip().toLowerCase(Locale.ROOT);
  }
}
