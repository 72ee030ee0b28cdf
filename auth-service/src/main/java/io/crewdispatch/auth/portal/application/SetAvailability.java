package io.crewdispatch.auth.portal.application;

import io.crewdispatch.auth.link.domain.FormTokens;
import io.crewdispatch.auth.portal.domain.AvailabilityWindow;
import io.crewdispatch.auth.portal.domain.DayAnswer;
import io.crewdispatch.auth.portal.domain.PortalMember;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The availability form: the days the member set (a blank day is left as the sheet has it) become
 * one AvailabilitySet; roster-service writes them into the sheet.
 */
@Service
public class SetAvailability {

  private static final Logger log = LoggerFactory.getLogger(SetAvailability.class);

  /** Each day's field is named {@code day.<yyyy-MM-dd>}. */
  public static final String FIELD_PREFIX = "day.";

  private final PortalEvents events;
  private final FormTokens forms;
  private final AvailabilityWindow window;
  private final Clock clock;

  SetAvailability(PortalEvents events, FormTokens forms, AvailabilityWindow window, Clock clock) {
    this.events = events;
    this.forms = forms;
    this.window = window;
    this.clock = clock;
  }

  /** What became of a submitted form. */
  public sealed interface Result {}

  /** Published: {@code days} days sent to the office's sheet. */
  public record Saved(int days) implements Result {}

  /** The form did not come from this member's page, or is too old. */
  public record FormRejected() implements Result {}

  /** Nothing published; each error names the field at fault. */
  public record Invalid(List<FieldError> errors) implements Result {}

  public record FieldError(String field, String message) {}

  /**
   * @param answers each day's field ({@code day.yyyy-MM-dd}) and its value: AVAILABLE, UNAVAILABLE
   *     or blank
   */
  public Result set(PortalMember member, Map<String, String> answers, String formToken) {
    Instant now = clock.instant();
    if (!forms.verify(formToken, member.linkHash(), now)) {
      return new FormRejected();
    }
    Map<LocalDate, DayAnswer> days = new TreeMap<>();
    List<FieldError> errors = new ArrayList<>();
    answers.forEach(
        (field, value) -> {
          if (value == null || value.isBlank()) {
            return;
          }
          LocalDate day;
          try {
            day = LocalDate.parse(field.substring(FIELD_PREFIX.length()));
          } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            errors.add(new FieldError(field, "is not a date (yyyy-MM-dd)"));
            return;
          }
          if (!window.contains(day, now)) {
            errors.add(new FieldError(field, "is outside the next " + window.days() + " days"));
            return;
          }
          try {
            days.put(day, DayAnswer.valueOf(value));
          } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be AVAILABLE, UNAVAILABLE or blank"));
          }
        });
    if (!errors.isEmpty()) {
      return new Invalid(errors);
    }
    if (!days.isEmpty()) {
      events.availabilitySet(member.member().crewId(), days, now);
      log.info("event=availability_set crewId={} days={}", member.member().crewId(), days.size());
    }
    return new Saved(days.size());
  }
}
