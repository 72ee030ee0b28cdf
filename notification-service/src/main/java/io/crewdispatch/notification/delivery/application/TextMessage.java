package io.crewdispatch.notification.delivery.application;

/**
 * One SMS: an E.164 number and one line of text. {@code reference} names it in files and logs (the
 * delivery id), never the text, which may hold a live link.
 */
public record TextMessage(String to, String body, String reference) {

  @Override
  public String toString() {
    return "TextMessage[reference=" + reference + "]";
  }
}
