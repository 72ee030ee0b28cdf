package io.crewdispatch.dispatch.booking.web;

import io.crewdispatch.dispatch.booking.domain.SailDateWindow;
import io.crewdispatch.dispatch.config.DispatchProperties;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The sail date lies in {@link SailDateWindow} (yesterday to two years ahead, in the charter's
 * zone); the error names {@code sailDate} and the dates allowed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SailDateInWindow.Check.class)
@interface SailDateInWindow {

  String message() default "must be between yesterday and two years ahead";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Spring builds this validator, so the clock is the one tests move. */
  class Check implements ConstraintValidator<SailDateInWindow, BookingRequest> {

    private final SailDateWindow window;
    private final ZoneId defaultZone;

    Check(Clock clock, DispatchProperties properties) {
      this.window = new SailDateWindow(clock);
      this.defaultZone = properties.operatorTimeZone();
    }

    @Override
    public boolean isValid(BookingRequest request, ConstraintValidatorContext context) {
      if (request.sailDate() == null
          || (request.timeZone() != null
              && !ZoneId.getAvailableZoneIds().contains(request.timeZone()))) {
        return true; // reported by their own constraints
      }
      ZoneId zone = request.timeZone() == null ? defaultZone : ZoneId.of(request.timeZone());
      if (window.admits(request.sailDate(), zone)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(window.describe(zone))
          .addPropertyNode("sailDate")
          .addConstraintViolation();
      return false;
    }
  }
}
