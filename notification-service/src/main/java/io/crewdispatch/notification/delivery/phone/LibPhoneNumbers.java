package io.crewdispatch.notification.delivery.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.PermanentDeliveryException;
import io.crewdispatch.notification.delivery.application.PhoneNumbers;
import org.springframework.stereotype.Component;

/**
 * Roster numbers, as the office typed them, to E.164. A number libphonenumber cannot parse, or
 * parses but finds invalid for its country, is refused rather than guessed: a text to the wrong
 * person could carry someone's live link.
 */
@Component
class LibPhoneNumbers implements PhoneNumbers {

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final String defaultRegion;

  LibPhoneNumbers(NotificationProperties properties) {
    this.defaultRegion = properties.sms().defaultRegion();
  }

  /**
   * @throws PermanentDeliveryException naming why the number cannot be used
   */
  @Override
  public String e164(String raw) {
    if (raw == null || raw.isBlank()) {
      throw refused("No phone number on the roster");
    }
    PhoneNumber parsed;
    try {
      parsed = util.parse(raw, defaultRegion);
    } catch (NumberParseException e) {
      throw refused("Phone number cannot be read as a number (" + e.getErrorType() + ")");
    }
    if (!util.isValidNumber(parsed)) {
      throw refused(
          "Phone number is not a valid number (country code +"
              + parsed.getCountryCode()
              + ", "
              + util.getNationalSignificantNumber(parsed).length()
              + " digits)");
    }
    return util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
  }

  /** The reason names no digits, so it is safe for logs and for NotificationFailed alike. */
  private static PermanentDeliveryException refused(String reason) {
    return new PermanentDeliveryException(reason, reason, null);
  }
}
