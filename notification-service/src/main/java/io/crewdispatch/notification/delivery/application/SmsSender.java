package io.crewdispatch.notification.delivery.application;

/**
 * Port: hands one text message to an SMS gateway (Twilio, or a folder of files locally).
 *
 * <p>Throws {@link PermanentDeliveryException} when the message can never go (an invalid or
 * opted-out number) and {@link TransientDeliveryException} when it may go later (429, 5xx, the
 * gateway unreachable) after the gateway's own retries. The returned id is the gateway's (Twilio's
 * message SID).
 */
@FunctionalInterface
public interface SmsSender {

  SentMail send(TextMessage message);
}
