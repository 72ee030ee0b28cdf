package io.crewdispatch.localstack.drive;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The office console as the office uses it in a browser: the first page sends them to
 * auth-service's sign-in form, they type the office user's email and password, and land back on the
 * console signed in (its session cookie kept). Pages are then plain GETs.
 */
public final class ConsoleSession {

  private final CrewBrowser browser = new CrewBrowser();
  private final String consoleUrl;

  public ConsoleSession(String consoleUrl) {
    this.consoleUrl = consoleUrl;
  }

  /** Signs in through auth-service's form; returns the page the console lands on (the board). */
  public HttpResponse<String> signIn(String email, String password) {
    return browser
        .preparePress(consoleUrl + "/")
        .with("username", email)
        .with("password", password)
        .submit();
  }

  public HttpResponse<String> page(String path) {
    return browser.open(consoleUrl + path);
  }

  /**
   * On the page at {@code path}, fills in the form posting to {@code action} (its CSRF token as the
   * page gave it) and presses its button; returns the page the console answers with.
   */
  public HttpResponse<String> press(String path, String action, Map<String, String> fields) {
    CrewBrowser.Form form = browser.preparePress(consoleUrl + path, action);
    for (Map.Entry<String, String> field : fields.entrySet()) {
      form = form.with(field.getKey(), field.getValue());
    }
    return form.submit();
  }
}
