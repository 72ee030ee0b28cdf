package io.crewdispatch.localstack.drive;

/**
 * Opens a crew link from an email and presses the page's button, as a phone's browser would, then
 * prints what the answer page says. For trying the system from a terminal: {@code ./press-link
 * URL}.
 */
public final class PressLink {

  private PressLink() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ./press-link <accept or decline URL from an email>");
      System.exit(2);
    }
    var page = new CrewBrowser().openAndPress(args[0]);
    String text =
        page.body()
            .replaceAll("(?s)<(style|script|head)[^>]*>.*?</\\1>", " ")
            .replaceAll("<[^>]+>", " ")
            .replaceAll("&nbsp;", " ")
            .replaceAll("&#39;", "'")
            .replaceAll("&quot;", "\"")
            .replaceAll("&amp;", "&")
            .replaceAll("[ \\t]+", " ")
            .replaceAll("\\s*\\n\\s*", "\n")
            .trim();
    System.out.println(page.statusCode() + "\n" + text);
    System.exit(page.statusCode() < 400 ? 0 : 1);
  }
}
