package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens a generated report.html from disk in Debian's headless Chromium and uses it as a reviewer would.
 * Nothing is downloaded: the browser and its driver are the system's, named by path, so Selenium Manager
 * never runs. Skipped only on a developer machine without Chromium; under CI a missing browser fails.
 */
class HtmlReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUTPUT = Path.of("target", "browser-report");

  /**
   * Selenium warns on every start that it has no DevTools bindings for this Chromium release; the test
   * uses plain WebDriver only, so the warning is noise. Held here so the setting is not garbage-collected.
   */
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium");

  private static ChromeDriver browser;
  private static String reportUrl;

  @BeforeAll
  static void openBrowser() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String ci = System.getenv("CI");
    if (!installed && ci != null && !ci.isEmpty()) {
      throw new IllegalStateException("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing: .ci/run installs them with apt-get install chromium chromium-driver");
    }
    assumeTrue(installed, "no " + CHROMIUM + " here; install chromium and chromium-driver to run this test");

    Path report = HtmlReportWriter.write(ReportFixtures.letterAndMeeting(), OUTPUT);
    reportUrl = report.toAbsolutePath().toUri().toString();
    // The same page with its one script removed: how a reader with JavaScript off sees it.
    String html = Files.readString(report);
    Files.writeString(OUTPUT.resolve("report-without-script.html"),
        html.substring(0, html.lastIndexOf("<script>")) + html.substring(html.lastIndexOf("</script>") + 9));

    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    // Naming the driver keeps Selenium Manager from looking for (and downloading) one.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,2000");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 2000));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void loadReport() {
    browser.get(reportUrl);
  }

  @Test
  void conflictsAndAgreementsRenderWithTheirCounts() throws Exception {
    assertThat(browser.findElement(By.cssSelector("#conflicts .count")).getText()).isEqualTo("1");
    assertThat(visibleFindings("conflicts")).hasSize(1);
    assertThat(browser.findElement(By.cssSelector("#agreements .count")).getText()).isEqualTo("1");
    assertThat(visibleFindings("agreements")).hasSize(1);
    assertThat(visibleFindings("single-source")).hasSize(2);
    assertThat(browser.findElement(By.id("filters")).isDisplayed()).isTrue();

    Files.write(OUTPUT.resolve("report.png"), browser.getScreenshotAs(OutputType.BYTES));
    Files.write(OUTPUT.resolve("timeline.png"),
        browser.findElement(By.id("event:e1")).getScreenshotAs(OutputType.BYTES));
    assertThat(severeConsoleMessages()).isEmpty();
  }

  @Test
  void aSourceFilterHidesFindingsThatSourceDoesNotTakePartIn() {
    new Select(browser.findElement(By.id("filter-source"))).selectByValue("Coastal Wire");

    assertThat(visibleFindings("conflicts")).hasSize(1);
    assertThat(visibleFindings("agreements")).hasSize(1);
    assertThat(visibleFindings("single-source")).isEmpty();
    assertThat(browser.findElement(By.cssSelector("#single-source .no-match")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("doc:001_harbour")).isDisplayed()).isFalse();
    assertThat(severeConsoleMessages()).isEmpty();
  }

  @Test
  void aVerdictFilterAndTheSearchHideWhatTheyShould() {
    browser.findElement(By.cssSelector("#filters input[value=agreement]")).click();
    assertThat(browser.findElement(By.id("agreements")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("conflicts")).isDisplayed()).isTrue();

    browser.findElement(By.id("filter-reset")).click();
    browser.findElement(By.id("filter-text")).sendKeys("lisbon");

    assertThat(visibleFindings("agreements")).hasSize(1);
    assertThat(visibleFindings("conflicts")).isEmpty();
    assertThat(browser.findElement(By.cssSelector("#conflicts .shown")).getText()).isEqualTo("0 of 1 match");
  }

  @Test
  void aSentenceLinkOpensItsDocumentAndScrollsToTheSentence() throws Exception {
    String targetId = "doc:001_harbour:s2";
    WebElement target = browser.findElement(By.id(targetId));
    assertThat(target.isDisplayed()).as("inside a closed document at first").isFalse();

    browser.findElement(By.cssSelector("#conflicts a.sentence-link[href='#" + targetId + "']")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> inViewport(target));
    assertThat(target.isDisplayed()).isTrue();
    assertThat(target.getText()).isEqualTo("The letter was dated June 12, according to a spokesman for the mayor.");
    assertThat(browser.getCurrentUrl()).endsWith("#" + targetId);
    Files.write(OUTPUT.resolve("sentence-link.png"), browser.getScreenshotAs(OutputType.BYTES));
    assertThat(severeConsoleMessages()).isEmpty();
  }

  @Test
  void hostileMarkupInTheCorpusIsShownAsTextAndNothingRuns() throws Exception {
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

    WebElement hostile = browser.findElement(By.id("doc:003_hostile"));
    hostile.findElement(By.tagName("summary")).click();

    assertThat(hostile.findElement(By.cssSelector("ol.sentences")).getText())
        .contains(ReportFixtures.HOSTILE_SCRIPT, ReportFixtures.HOSTILE_IMAGE, ReportFixtures.HOSTILE_LINK);
    assertThat(browser.findElement(By.cssSelector("#single-source")).getText()).contains(ReportFixtures.HOSTILE_SCRIPT);
    Object injected = ((JavascriptExecutor) browser).executeScript(
        "return document.querySelectorAll('img, iframe, a[href^=\"javascript\"], [onerror]').length"
            + " + document.scripts.length - 1;");
    assertThat(injected).isEqualTo(0L);
    Files.write(OUTPUT.resolve("hostile-document.png"), browser.getScreenshotAs(OutputType.BYTES));
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(severeConsoleMessages()).isEmpty();
  }

  @Test
  void theWholePageIsReadableWithoutJavaScript() throws Exception {
    browser.get(reportUrl.replace(".html", "-without-script.html"));

    assertThat(browser.findElement(By.id("filters")).isDisplayed()).as("filters need the script").isFalse();
    assertThat(visibleFindings("conflicts")).hasSize(1);
    assertThat(visibleFindings("single-source")).hasSize(2);
    Files.write(OUTPUT.resolve("without-script.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void printingShowsFindingsAndHidesTheControls() throws Exception {
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    ((JavascriptExecutor) browser).executeScript("window.dispatchEvent(new Event('beforeprint'));");
    try {
      assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
      assertThat(visibleFindings("single-source")).hasSize(2);
      assertThat(browser.findElement(By.id("event:e2")).getAttribute("open")).isNotNull();
      Files.write(OUTPUT.resolve("print.png"), browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  private static List<WebElement> visibleFindings(String section) {
    return browser.findElements(By.cssSelector("#" + section + " article.finding")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  private static boolean inViewport(WebElement element) {
    Object inside = ((JavascriptExecutor) browser).executeScript(
        "var r = arguments[0].getBoundingClientRect();"
            + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element);
    return Boolean.TRUE.equals(inside);
  }

  private static List<String> severeConsoleMessages() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }
}
