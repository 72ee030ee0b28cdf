package io.crewdispatch.auth.config;

import io.crewdispatch.platform.dynamodb.TableDefinition;

/** The service's own table definitions, for tests that build a store without the application. */
public final class AuthTables {

  private AuthTables() {}

  public static TableDefinition crewPortalLinks() {
    return new AuthTopology().crewPortalLinksTable();
  }
}
