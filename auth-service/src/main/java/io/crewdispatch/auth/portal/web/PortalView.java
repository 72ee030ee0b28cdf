package io.crewdispatch.auth.portal.web;

import io.crewdispatch.auth.link.web.CharterText;
import io.crewdispatch.auth.portal.application.PortalPage;
import io.crewdispatch.auth.portal.application.SetAvailability;
import io.crewdispatch.auth.portal.domain.DayAnswer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The portal page as its template reads it: words and form fields, nothing to compute. */
record PortalView(
    String name,
    List<CharterText> upcoming,
    List<CallView> calls,
    String csrf,
    List<MonthView> months,
    String saved,
    List<SetAvailability.FieldError> errors) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.US);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);

  record CallView(
      String callId, CharterText charter, String answerBy, String acceptCsrf, String declineCsrf) {}

  record MonthView(String label, List<DayView> days) {}

  /**
   * @param field the select's name ({@code day.yyyy-MM-dd})
   * @param known what the sheet says now, in words ("" when nothing)
   * @param chosen what the member picked in a form sent back with errors ("" for no change)
   */
  record DayView(String field, String label, String date, String known, String chosen) {}

  static PortalView of(
      PortalPage page,
      String saved,
      List<SetAvailability.FieldError> errors,
      Map<String, String> chosen) {
    List<CallView> calls =
        page.openCalls().stream()
            .map(
                open ->
                    new CallView(
                        open.call().callId(),
                        CharterText.of(open.call().charter(), open.call().role()),
                        CharterText.moment(open.call().expiresAt(), open.call().charter()),
                        open.acceptForm(),
                        open.declineForm()))
            .toList();
    List<CharterText> upcoming =
        page.upcoming().stream().map(seat -> CharterText.of(seat.charter(), seat.role())).toList();
    Map<String, List<DayView>> byMonth = new LinkedHashMap<>();
    for (LocalDate day : page.days()) {
      String field = SetAvailability.FIELD_PREFIX + day;
      DayAnswer known = page.known().get(day);
      byMonth
          .computeIfAbsent(MONTH.format(day), m -> new ArrayList<>())
          .add(
              new DayView(
                  field,
                  DAY.format(day),
                  day.toString(),
                  known == null ? "" : words(known),
                  chosen.getOrDefault(field, "")));
    }
    List<MonthView> months = new ArrayList<>();
    byMonth.forEach((label, days) -> months.add(new MonthView(label, days)));
    return new PortalView(
        page.member().member().name(), upcoming, calls, page.formToken(), months, saved, errors);
  }

  private static String words(DayAnswer answer) {
    return answer == DayAnswer.AVAILABLE ? "Available" : "Unavailable";
  }
}
