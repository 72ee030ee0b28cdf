package io.crewdispatch.notification.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crewdispatch.notification.delivery.application.PermanentDeliveryException;
import io.crewdispatch.notification.delivery.application.PhoneNumbers;
import io.crewdispatch.notification.support.TestProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The office's phones are checked when the service starts, through the PhoneNumbers port: a number
 * that cannot take a text stops the start with the setting named, rather than being found the day
 * mail is down and the office most needs the text.
 */
class OfficePhonesTest {

  /** Refuses what is not ten digits, as libphonenumber refuses an invalid number (by reason). */
  static final PhoneNumbers TEN_DIGITS =
      raw -> {
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.length() != 10) {
          throw new PermanentDeliveryException(
              "Phone number is not a valid number", "Phone number is not a valid number", null);
        }
        return "+1" + digits;
      };

  @Test
  void anOfficePhoneThatCannotTakeATextStopsTheStartNamingTheSetting() {
    var properties =
        TestProperties.with(
            Map.of("crewdispatch.notification.office-phones", "(619) 555-0142, 555-01"));

    assertThatThrownBy(() -> new OfficeAlerts(null, null, null, TEN_DIGITS, properties))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("office-phones[1] (OFFICE_PHONES)")
        .hasMessageContaining("not a valid number");
  }

  /** docker-compose passes OFFICE_PHONES empty when the office set none: that must mean none. */
  @Test
  void anEmptySettingMeansNoOfficePhones() {
    var properties = TestProperties.with(Map.of("crewdispatch.notification.office-phones", ""));

    assertThat(properties.officePhones()).isEmpty();
  }
}
