package io.crewdispatch.roster.support;

import io.crewdispatch.roster.sheet.domain.Tab;
import java.util.List;

/** The workbook kept in the fake Drive: each replacement is a person saving a new revision. */
public final class DriveFixture implements SheetFixture {

  private final FakeDriveApi drive;

  public DriveFixture(FakeDriveApi drive) {
    this.drive = drive;
  }

  @Override
  public void replaceWith(List<Tab> tabs) {
    drive.upload(XlsxFixture.workbook(tabs));
  }

  @Override
  public List<List<String>> tab(String name) {
    return XlsxFixture.tab(drive.current(), name);
  }
}
