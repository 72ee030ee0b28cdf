package io.crewdispatch.dispatch.booking.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

/** Null (the default zone applies) or an IANA region id such as America/Los_Angeles. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IanaTimeZone.Check.class)
@interface IanaTimeZone {

  String message() default "must be an IANA time zone such as America/Los_Angeles";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<IanaTimeZone, String> {

    @Override
    public boolean isValid(String zone, ConstraintValidatorContext context) {
      return zone == null || ZoneId.getAvailableZoneIds().contains(zone);
    }
  }
}
