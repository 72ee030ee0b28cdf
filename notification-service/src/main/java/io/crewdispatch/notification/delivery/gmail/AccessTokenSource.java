package io.crewdispatch.notification.delivery.gmail;

/** Where the Gmail transport gets a valid access token before each API call. */
interface AccessTokenSource {

  /**
   * A token that stays valid for the configured margin, refreshed first when needed.
   *
   * @throws io.crewdispatch.notification.delivery.application.CredentialsRefusedException when
   *     Google refused the credentials and a person must authorize again
   * @throws io.crewdispatch.notification.delivery.application.TransientDeliveryException when the
   *     token endpoint kept failing
   */
  String accessToken();

  /** Gmail rejected the current access token: the next call refreshes. */
  void invalidate();

  /** For the health check. */
  CredentialsState state();
}
