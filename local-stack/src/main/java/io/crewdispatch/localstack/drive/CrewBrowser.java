package io.crewdispatch.localstack.drive;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a link from an email and presses the page's one button, as a captain on a phone does: GET
 * the page, submit its form (every field it carries, hidden ones included).
 */
public final class CrewBrowser {

  private static final Pattern FORM =
      Pattern.compile(
          "<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTR = Pattern.compile("(\\w[\\w-]*)=\"([^\"]*)\"");

  private final Http http = new Http();

  public HttpResponse<String> open(String url) {
    return http.get(url, "text/html");
  }

  /** Opens the link, then submits the page's form; returns the page that answers. */
  public HttpResponse<String> openAndPress(String url) {
    return preparePress(url).submit();
  }

  /** A page's form, read and ready to submit (so a benchmark can time the press alone). */
  public final class Form {
    private final String action;
    private final Map<String, String> fields;

    private Form(String action, Map<String, String> fields) {
      this.action = action;
      this.fields = fields;
    }

    /** The form with {@code name} filled in, as a person types into it. */
    public Form with(String name, String value) {
      Map<String, String> filled = new LinkedHashMap<>(fields);
      filled.put(name, value);
      return new Form(action, filled);
    }

    public HttpResponse<String> submit() {
      return http.postForm(action, fields);
    }
  }

  /** Opens the link and reads its form: every field it carries, hidden ones included. */
  public Form preparePress(String url) {
    return preparePress(url, "");
  }

  /**
   * Opens the page and reads its first form whose action ends with {@code action} (a page with
   * several buttons has a form for each): every field it carries, hidden ones (the CSRF token)
   * included.
   */
  public Form preparePress(String url, String action) {
    HttpResponse<String> page = open(url);
    if (page.statusCode() != 200) {
      throw new AssertionError(
          "GET " + URI.create(url).getPath() + " answered " + page.statusCode());
    }
    Matcher form = FORM.matcher(page.body());
    boolean found = false;
    while (!found && form.find()) {
      found = unescape(form.group(1)).endsWith(action);
    }
    if (!found) {
      throw new AssertionError(
          "the page at " + URI.create(url).getPath() + " has no form posting to …" + action);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form.group(2));
    while (input.find()) {
      Map<String, String> attrs = new LinkedHashMap<>();
      Matcher a = ATTR.matcher(input.group(1));
      while (a.find()) {
        attrs.put(a.group(1).toLowerCase(), unescape(a.group(2)));
      }
      if (attrs.containsKey("name")) {
        fields.put(attrs.get("name"), attrs.getOrDefault("value", ""));
      }
    }
    // Against where the page was found: a sign-in redirects to another server's form.
    return new Form(page.uri().resolve(unescape(form.group(1))).toString(), fields);
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
