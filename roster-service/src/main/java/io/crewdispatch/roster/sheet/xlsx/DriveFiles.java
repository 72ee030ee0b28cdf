package io.crewdispatch.roster.sheet.xlsx;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import io.crewdispatch.roster.config.RosterProperties;
import io.crewdispatch.roster.sheet.domain.SheetUnreadableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the workbook in Drive: by its file id, or by its path from My Drive's root, one files.list
 * query per folder (names are not unique in Drive, so two matches are an error, not a guess).
 */
final class DriveFiles {

  private static final String FOLDER = "application/vnd.google-apps.folder";

  private DriveFiles() {}

  static String describe(RosterProperties.Drive settings) {
    return blank(settings.fileId()) ? settings.path() : settings.fileId();
  }

  static String resolve(Drive drive, RosterProperties.Drive settings) throws IOException {
    if (!blank(settings.fileId())) {
      return settings.fileId();
    }
    List<String> names = new ArrayList<>();
    for (String part : settings.path().split("/")) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    String parent = "root";
    String walked = "";
    for (int i = 0; i < names.size(); i++) {
      boolean last = i == names.size() - 1;
      walked += "/" + names.get(i);
      parent = child(drive, parent, names.get(i), !last, walked);
    }
    return parent;
  }

  private static String child(Drive drive, String parent, String name, boolean folder, String at)
      throws IOException {
    String query =
        "name = '"
            + name.replace("\\", "\\\\").replace("'", "\\'")
            + "' and '"
            + parent
            + "' in parents and mimeType "
            + (folder ? "= '" : "!= '")
            + FOLDER
            + "' and trashed = false";
    List<File> found =
        drive
            .files()
            .list()
            .setQ(query)
            .setFields("files(id,name)")
            .setSupportsAllDrives(true)
            .setIncludeItemsFromAllDrives(true)
            .setPageSize(10)
            .execute()
            .getFiles();
    if (found == null || found.isEmpty()) {
      throw new SheetUnreadableException(
          "there is no " + (folder ? "folder " : "file ") + at + " in Google Drive");
    }
    if (found.size() > 1) {
      throw new SheetUnreadableException(
          "Google Drive has " + found.size() + " items at " + at + ": give the file id instead");
    }
    return found.get(0).getId();
  }

  /** What a failed Drive call means to the office, for the health indicator and the 503. */
  static String reason(IOException failed, String where) {
    if (failed instanceof GoogleJsonResponseException response) {
      return switch (response.getStatusCode()) {
        case 404 -> "the workbook " + where + " was not found in Google Drive";
        case 403 -> "access to the workbook " + where + " was refused (is it shared with us?)";
        case 401 -> "Google Drive refused our credentials";
        default ->
            "Google Drive answered "
                + response.getStatusCode()
                + (response.getDetails() == null ? "" : ": " + response.getDetails().getMessage());
      };
    }
    if (failed.getClass().getSimpleName().equals("GoogleAuthException")) {
      return "authorization failed: " + failed.getMessage();
    }
    return "Google Drive could not be reached: " + failed;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
