package io.crewdispatch.notification.delivery.application;

/**
 * Port: roster numbers, as the office typed them, to E.164. A number that cannot be read, or is not
 * valid for its country, is refused rather than guessed: a text to the wrong person could carry
 * someone's live link.
 */
public interface PhoneNumbers {

  /**
   * @throws PermanentDeliveryException naming why the number cannot be used (never its digits)
   */
  String e164(String raw);
}
