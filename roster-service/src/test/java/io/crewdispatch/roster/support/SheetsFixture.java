package io.crewdispatch.roster.support;

import io.crewdispatch.roster.sheet.domain.Tab;
import java.util.List;

/** The sheet as the fake Google API holds it. */
public final class SheetsFixture implements SheetFixture {

  private final FakeSheetsApi api;

  public SheetsFixture(FakeSheetsApi api) {
    this.api = api;
  }

  @Override
  public void replaceWith(List<Tab> tabs) {
    api.replaceWith(tabs);
  }

  @Override
  public List<List<String>> tab(String name) {
    return api.tab(name);
  }
}
