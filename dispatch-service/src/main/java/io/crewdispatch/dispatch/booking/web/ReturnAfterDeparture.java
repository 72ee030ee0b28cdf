package io.crewdispatch.dispatch.booking.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A charter returns on its sail date, after it leaves; the error names {@code returnTime}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReturnAfterDeparture.Check.class)
@interface ReturnAfterDeparture {

  String message() default "must be after departureTime (a charter returns on its sail date)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<ReturnAfterDeparture, BookingRequest> {

    @Override
    public boolean isValid(BookingRequest request, ConstraintValidatorContext context) {
      if (request.departureTime() == null
          || request.returnTime() == null
          || request.returnTime().isAfter(request.departureTime())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("returnTime")
          .addConstraintViolation();
      return false;
    }
  }
}
