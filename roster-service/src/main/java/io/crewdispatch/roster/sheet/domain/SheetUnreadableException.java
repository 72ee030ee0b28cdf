package io.crewdispatch.roster.sheet.domain;

/** The sheet cannot be read at all (missing file or tab, deleted spreadsheet, refused access). */
public class SheetUnreadableException extends RuntimeException {

  public SheetUnreadableException(String message) {
    super(message);
  }

  public SheetUnreadableException(String message, Throwable cause) {
    super(message, cause);
  }
}
