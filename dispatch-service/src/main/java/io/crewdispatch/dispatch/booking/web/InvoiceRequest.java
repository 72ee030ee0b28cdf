package io.crewdispatch.dispatch.booking.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The JSON body of {@code POST /api/charters/{id}/invoice}. */
record InvoiceRequest(
    @NotBlank @Size(max = 64) @PlainText String invoiceId,
    @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 10, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal invoicedAmount) {}
