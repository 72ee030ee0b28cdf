package io.crewdispatch.roster.member.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.member.domain.PhoneFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Phone numbers through libphonenumber: written any way ({@code (619) 555-0101}, {@code
 * 6195550101}, {@code +44 20 7946 0000}), numbers without a country code taken as the office's
 * region; a number that is not a valid one there is refused rather than guessed.
 */
@Component
class LibPhoneNumberFormat implements PhoneFormat {

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final String region;

  LibPhoneNumberFormat(RosterProperties properties) {
    this.region = properties.phoneRegion();
  }

  @Override
  public Optional<String> e164(String written) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = util.parse(written, region);
      return util.isValidNumber(number)
          ? Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException notANumber) {
      return Optional.empty();
    }
  }
}
