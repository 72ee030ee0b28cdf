package io.crewdispatch.localstack;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's Chromium through Playwright, at a phone's size (390×844), as crew open their links. */
final class PhoneBrowser implements AutoCloseable {

  private final Playwright playwright;
  private final Browser browser;
  private final BrowserContext context;

  PhoneBrowser() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-sync")));
    context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
  }

  Page open(String url) {
    Page page = context.newPage();
    page.navigate(url);
    return page;
  }

  @Override
  public void close() {
    context.close();
    browser.close();
    playwright.close();
  }
}
