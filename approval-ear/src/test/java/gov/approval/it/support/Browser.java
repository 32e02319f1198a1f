package gov.approval.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver) for browser tests. Where Chromium
 * is missing the tests are skipped with a loud message, except on CI (CI=true), where they fail.
 */
public final class Browser implements AutoCloseable {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    // Ajax updates (and the monitoring board's poll) replace elements while a test looks at them:
    // a condition that met a replaced element is asked again instead of failing. The deadline only
    // ends a wait that fails: a save took longer than 15 s on a machine running other builds too.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /** Starts Chromium, or skips the calling test where it is not installed (fails on CI). */
  public static Browser start() {
    boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
    if (!installed) {
      String message =
          "*** Browser tests need /usr/bin/chromium and /usr/bin/chromedriver"
              + " (apt-get install chromium chromium-driver) ***";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(message + " and CI=true: failing.");
      }
      System.err.println(message + " Skipping.");
      assumeTrue(false, message);
    }
    try {
      Path profile = Files.createTempDirectory("approval-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1400,1000",
          "--lang=zh-CN",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(DRIVER)
              .usingAnyFreePort()
              .build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Browser open(String path) {
    driver.get(WebClient.BASE + path);
    return this;
  }

  /**
   * Logs out through the header and waits for the portal's "logged out" notice: the logout's
   * redirect would otherwise replace a page opened right after it.
   */
  public Browser logout() {
    click("headerForm:logout");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loggedOut")));
    return this;
  }

  public Browser login(String username, String password) {
    open("/login.xhtml");
    type("loginForm:username", username);
    type("loginForm:password", password);
    click("loginForm:submit");
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
    return this;
  }

  public WebElement element(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  /** Types into the field; if an ajax update replaces it meanwhile, types into the new one. */
  public Browser type(String id, String text) {
    wait.until(
        d -> {
          WebElement input = element(id);
          input.clear();
          input.sendKeys(text);
          return true;
        });
    return this;
  }

  /** Clicks the element once it is clickable; a replaced element is looked up again. */
  public Browser click(String id) {
    wait.until(
        d -> {
          wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
          return true;
        });
    return this;
  }

  /** Waits until the element's text contains {@code text}: how tests wait for ajax updates. */
  public Browser waitForText(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    return this;
  }

  public Browser waitForTextAnywhere(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    return this;
  }

  public String text(String id) {
    return element(id).getText();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  /** Saves a screenshot under target/screenshots for a person to look at. */
  public void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    }
  }
}
