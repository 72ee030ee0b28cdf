package io.crewdispatch.dispatch.booking.web;

import io.crewdispatch.dispatch.booking.domain.Booking;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The JSON body of {@code POST /api/charters}. */
@ReturnAfterDeparture
@SailDateInWindow
record BookingRequest(
    @NotBlank
        @Size(max = 64)
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
            message = "must be letters, digits, '.', '_' or '-'")
        String charterId,
    @NotBlank @Size(max = 100) @PlainText String vessel,
    @NotNull LocalDate sailDate,
    @NotNull LocalTime departureTime,
    @NotNull LocalTime returnTime,
    @IanaTimeZone String timeZone,
    @NotNull @Min(1) @Max(500) Integer guestCount,
    @NotNull @Min(0) @Max(50) Integer crewRequired,
    @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 10, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal totalRevenue,
    @Size(max = 200) @PlainText String customerName,
    @Size(max = 2000) @PlainText(lines = true) String notes) {

  Booking toBooking(ZoneId defaultZone) {
    ZoneId zone = timeZone == null ? defaultZone : ZoneId.of(timeZone);
    return new Booking(
        charterId,
        vessel,
        sailDate,
        departureTime,
        returnTime,
        zone,
        guestCount,
        crewRequired,
        totalRevenue,
        customerName,
        notes);
  }
}
