package io.crewdispatch.dispatch.booking.web;

import io.crewdispatch.platform.kafka.EventChecks;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that goes into emails, pages and sheets: no control characters (a line break in a vessel's
 * name is how a {@code Bcc:} header gets in) and no bidirectional overrides. {@code lines} allows
 * line breaks and tabs, for notes.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
@interface PlainText {

  String message() default "must not contain control characters";

  boolean lines() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PlainText, String> {

    private boolean lines;

    @Override
    public void initialize(PlainText annotation) {
      this.lines = annotation.lines();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return lines ? EventChecks.isPlainLines(value) : EventChecks.isPlainText(value);
    }
  }
}
